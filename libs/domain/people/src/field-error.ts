/** One reason an input was refused, naming the input field it is about. */
export interface FieldError {
  field: string;
  message: string;
}

export function fieldError(field: string, message: string): FieldError {
  return { field, message };
}
