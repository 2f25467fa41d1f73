// sastrawijs ships types but its package.json "exports" hides them from TypeScript's resolver.
declare module "sastrawijs" {
  export class Stemmer {
    stem(word: string): string;
    /** Whether the word is one of the dictionary's root words. */
    find(word: string): boolean;
  }
  export class Tokenizer {
    tokenize(text: string): string[];
  }
}
