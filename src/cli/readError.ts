/** A file that cannot be read, with a message for the user in Chinese. */
export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReadError";
  }
}
