/**
 * Messages about a form as a whole (a save that failed, a refusal that names no field), each in
 * its own alert above or below the fields. Every form shows them the same way.
 */
import Alert from '@mui/material/Alert';

export function GeneralErrors({ messages }: { messages: readonly string[] }) {
  return messages.map((message) => (
    <Alert key={message} severity="error">
      {message}
    </Alert>
  ));
}
