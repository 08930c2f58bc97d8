// How a citizen gives feedback, and every feedback received in one place: the channel `jalon publish --contact`
// gives (or, plainly, that the plan gives none), then the feedback without a government response, the longest
// waiting first, then the answered, each with the commitment it is about.
import type { Contact, Feedback, Lang, Site, SiteCommitment } from '../../../core';
import { feedbackItem } from './commitment';
import { esc, inline } from './format';
import { page } from './layout';
import { wordsFor, type Words } from './words';

/** The channel as a link: mailto: for an e-mail address, the address itself for a web page. */
function channel(contact: Contact | undefined, w: Words): string {
  if (!contact) return `<p class="unanswered">${w.label('site.noContact')}</p>`;
  const href = contact.kind === 'email' ? `mailto:${contact.address}` : contact.address;
  const intro = contact.kind === 'email' ? 'site.contactEmail' : 'site.contactUrl';
  return `<p>${w.label(intro)}</p><p class="contact"><a href="${esc(href)}">${esc(contact.address)}</a></p>`;
}

function list(items: { f: Feedback; c: SiteCommitment }[], site: Site, w: Words): string {
  const { l } = w;
  let html = '';
  for (const { f, c } of items) {
    const about = `<p class="about"><a href="${c.id}.html#feedback">${esc(w.t('site.feedbackAbout', { id: c.id }))}</a> — ${inline(c.title, c.titleAlt, l)}</p>`;
    html += feedbackItem(f, c, site.today, w, `${c.id}.html`).replace('<li>', `<li>${about}`);
  }
  return `<ul class="feedback">${html}</ul>`;
}

export function feedbackPage(site: Site, lang: Lang): string {
  const w = wordsFor(site, lang);
  const unanswered: { f: Feedback; c: SiteCommitment }[] = [];
  const answered: { f: Feedback; c: SiteCommitment }[] = [];
  for (const c of site.commitments)
    for (const f of c.feedback) (f.response === '' && f.responseAlt === '' ? unanswered : answered).push({ f, c });
  // The longest waiting first; the answered, the latest first.
  unanswered.sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : 0));
  answered.sort((a, b) => (a.f.date < b.f.date ? 1 : a.f.date > b.f.date ? -1 : 0));
  const received =
    unanswered.length + answered.length === 0
      ? `<p>${w.label('site.feedbackListNone')}</p>`
      : `${unanswered.length ? `<h3 id="unanswered">${w.label('site.feedbackUnansweredTitle')} (${unanswered.length})</h3>${list(unanswered, site, w)}` : ''}${
          answered.length
            ? `<h3 id="answered">${w.label('site.feedbackAnsweredTitle')} (${answered.length})</h3>${list(answered, site, w)}`
            : ''
        }`;
  const main = `<nav aria-label="${w.label('site.dashboard')}"><p><a href="index.html">← ${w.label('site.dashboard')}</a></p></nav>
<h1 id="give">${w.label('site.giveFeedback')}</h1>
${channel(site.contact, w)}
<h2 id="received">${w.label('site.allFeedback')}</h2>
${received}`;
  return page({ site, lang, file: 'feedback.html', title: `${w.t('site.giveFeedback')} — ${site.title}`, main });
}
