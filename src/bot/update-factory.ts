/**
 * Builds realistic Telegram updates for a simulated user: the terminal chat,
 * the batch interface and the tests feed them to `bot.handleUpdate`.
 */
import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";

export interface SimUser {
  id: number;
  first_name: string;
  language_code?: string;
  username?: string;
}

export class UpdateFactory {
  private updateId = 1;
  private messageId = 1;

  constructor(private readonly clock: () => number = () => Math.floor(Date.now() / 1000)) {}

  private chatFor(user: SimUser, chat?: Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat): Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat {
    return chat ?? ({ id: user.id, type: "private", first_name: user.first_name } as Chat.PrivateChat);
  }

  private from(user: SimUser): User {
    return { id: user.id, is_bot: false, first_name: user.first_name, language_code: user.language_code, username: user.username };
  }

  text(user: SimUser, text: string, opts: { chat?: Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat; replyTo?: Message; entities?: MessageEntity[] } = {}): Update {
    const entities: MessageEntity[] = [...(opts.entities ?? [])];
    const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    if (command) entities.unshift({ type: "bot_command", offset: 0, length: command[0].length });
    const message = {
      message_id: this.messageId++,
      date: this.clock(),
      chat: this.chatFor(user, opts.chat),
      from: this.from(user),
      text,
      ...(entities.length ? { entities } : {}),
      ...(opts.replyTo ? { reply_to_message: opts.replyTo } : {}),
    } as Message.TextMessage;
    return { update_id: this.updateId++, message } as Update;
  }

  contact(user: SimUser, phone: string, contactUserId: number = user.id): Update {
    const message = {
      message_id: this.messageId++,
      date: this.clock(),
      chat: this.chatFor(user),
      from: this.from(user),
      contact: { phone_number: phone, first_name: user.first_name, user_id: contactUserId },
    } as Message.ContactMessage;
    return { update_id: this.updateId++, message } as Update;
  }

  location(user: SimUser, latitude: number, longitude: number): Update {
    const message = {
      message_id: this.messageId++,
      date: this.clock(),
      chat: this.chatFor(user),
      from: this.from(user),
      location: { latitude, longitude },
    } as Message.LocationMessage;
    return { update_id: this.updateId++, message } as Update;
  }

  callback(user: SimUser, data: string, message?: Message): Update {
    return {
      update_id: this.updateId++,
      callback_query: {
        id: `cb${this.updateId}`,
        from: this.from(user),
        chat_instance: `ci${user.id}`,
        data,
        ...(message ? { message } : {}),
      },
    } as Update;
  }

  raw(update: Omit<Update, "update_id">): Update {
    return { update_id: this.updateId++, ...update } as Update;
  }
}
