// Posts quoted from social media (a tweet's blockquote, an Instagram post) are statements the
// article reports. Sites wrap them in boxes whose class or tag reads as a widget or a figure
// ("social-embed", "article-widget", <figure>), so the post and every element around it are
// marked to be kept by pruning and by the main block's clutter rules.
import { classAttribute, type DomElement, parentElement } from "./dom.js";

/** The embedded posts among `elements` (found by class) and all their ancestors up to `root`. */
export function embeddedPostHolders(
  elements: readonly DomElement[],
  root: DomElement,
  postClass: RegExp,
): Set<DomElement> {
  const holders = new Set<DomElement>();
  for (const el of elements) {
    const name = classAttribute(el);
    if (!name || !postClass.test(name)) continue;
    for (let a: DomElement | null = el; a && !holders.has(a); a = a === root ? null : parentElement(a)) {
      holders.add(a);
    }
  }
  return holders;
}
