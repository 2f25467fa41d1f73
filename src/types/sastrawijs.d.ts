// sastrawijs ships types but its package.json "exports" hides them from TypeScript's resolver.
declare module "sastrawijs" {
  export class Stemmer {
    stem(word: string): string;
  }
  export class Tokenizer {
    tokenize(text: string): string[];
  }
}
