// The HTML that puts the lab on another page: an <iframe> of the embed-mode address, with a
// title (the frame's accessible name) and a size that fits a lecture slide or a blog column.

function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${attr(embedUrl)}" title="${attr(title)}" width="960" height="600" style="border: 0; max-width: 100%;" loading="lazy" allowfullscreen></iframe>`;
}
