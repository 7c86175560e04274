// Sanitises the HTML that the handouts' Markdown rendered to (Markdown cells and text/markdown outputs) with DOMPurify
// on jsdom: each line on stdin is a request, an array of HTML fragments as JSON, and each line it writes is the answer,
// {"result": the sanitised fragments in the same order} or {"error": why}. argv[2] is the node_modules folder.
//
// Scripts, event handlers, javascript:/data: links, <meta>, <base>, <link>, <style>, forms, frames, objects and every
// resource that is not an image embedded in the page go; headings, tables, lists, code, images given as data: URIs,
// links (http, https, mailto, in-page and relative) and the math placeholders stay.
'use strict';
const path = require('path');
const modules = path.resolve(process.argv[2]);
const { JSDOM } = require(path.join(modules, 'jsdom'));
const createDOMPurify = require(path.join(modules, 'dompurify'));

const DOMPurify = createDOMPurify(new JSDOM('').window);
const config = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'portal', 'audio', 'video', 'source', 'track', 'picture', 'template'],
  FORBID_ATTR: ['srcset', 'ping', 'action', 'formaction', 'background', 'poster', 'autofocus', 'http-equiv'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};
const embeddedImage = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[a-z0-9+/=\s]*$/i;

DOMPurify.addHook('afterSanitizeAttributes', node => {
  // Images only from the page itself: a data: image, never a URL that would be fetched.
  if (node.hasAttribute('src') && !(node.tagName === 'IMG' && embeddedImage.test(node.getAttribute('src')))) {
    node.removeAttribute('src');
  }
  // Styles stay, but not one that would fetch (url(), image-set(), a font).
  if (node.hasAttribute('style') && /url\s*\(|image-set|image\s*\(|@import/i.test(node.getAttribute('style'))) {
    node.removeAttribute('style');
  }
  for (const name of ['href', 'xlink:href']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if (node.tagName !== 'A' && node.tagName !== 'a') node.removeAttribute(name); // SVG <use>, <image>: fetches
    else if (/^https?:/i.test(value)) node.setAttribute('rel', 'noopener noreferrer');
  }
});

require(path.join(__dirname, 'serve-lines.js'))(fragments => fragments.map(html => DOMPurify.sanitize(html, config)));
