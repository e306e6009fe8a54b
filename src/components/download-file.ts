/** Hands bytes to the browser as a download; nothing leaves the page (an object URL, revoked at once). */
export function downloadFile(bytes: Uint8Array | string, name: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
