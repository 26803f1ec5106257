/**
 * Save text as a file through an `<a download>` click: works in extension pages without the
 * `downloads` permission (issue 8: least permissions).
 */
export type Download = (fileName: string, mime: string, text: string) => void;

export const downloadText: Download = (fileName, mime, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoke after the click has been handled, or the download can find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
