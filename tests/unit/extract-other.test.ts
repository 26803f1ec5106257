/**
 * Issue 6: when a paragraph of the extracted article becomes `other` (not shown), on real
 * snippets. Each snippet is copied from a fixture's expected-article.json (checked below), so a
 * fixture regenerated with other text makes the test fail instead of testing nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../lib/segment';
import { boilerplateReason } from '../../lib/segment/boilerplate';
import { classifyHeading } from '../../lib/segment/headings';
import { modelMayCallOther, modelNaAllowed } from '../../lib/segment/other';
import type { Article, Paragraph } from '../../lib/types';

function fixture(slug: string): Article {
  return JSON.parse(readFileSync(`tests/fixtures/${slug}/expected-article.json`, 'utf8')) as Article;
}

/** The fixture's paragraph that starts with `start`. */
function para(article: Article, start: string): [Paragraph, number] {
  const i = article.paragraphs.findIndex((p) => p.text.startsWith(start));
  expect(i, `${start} in ${article.url}`).toBeGreaterThanOrEqual(0);
  return [article.paragraphs[i], i];
}

function ruleFor(article: Article, start: string): string | null {
  const [p, i] = para(article, start);
  return boilerplateReason(p, i, article, 'en', classifyHeading(p.heading, article.title));
}

const p = (text: string, tag = 'p'): Paragraph => ({ id: 'p0', text, heading: null, tag, domIndex: -1 });

describe('the model’s NA only on boilerplate-shaped paragraphs (lib/segment/other.ts)', () => {
  it('keeps a quoted tweet, though it ends like a dated caption (benchmark page 0dd1357045727799)', () => {
    const tweet =
      'Senate resolves to: Observe a minute silence in honour of the departed souls. — The Nigerian Senate (@NGRSenate) October 9, 2018';
    expect(modelMayCallOther(p(tweet, 'blockquote'), 'en')).toBe(false);
    expect(modelMayCallOther(p(tweet), 'en')).toBe(true);
  });

  it('keeps a run of short fact lines, but not a stray short line (benchmark page 5211188428849a31)', () => {
    const facts = [
      'Ticketing www.jeongdongtheater.com',
      'VIP : 60,000₩ R : 50,000₩ S : 40,000₩',
      'Inquiry 02-751-1500',
    ];
    const prose = p(
      'The performance ran for seventy-five minutes and the audience stayed for the whole of it.',
    );
    expect(modelNaAllowed([prose, ...facts.map((t) => p(t))], 'en')).toEqual([false, false, false, false]);
    expect(modelNaAllowed([prose, p(facts[0]), prose], 'en')).toEqual([false, true, false]);
  });

  it('keeps a closing practical-information block whose longer lines carry dates, times or links (benchmark page 5211188428849a31)', () => {
    const closing = [
      'Link to KLOOK website – https://www.klook.com/activity/9596-the-palace-tale-of-jang-noksu-show-ticket-seoul/',
      'We hope to see you soon! 🙂',
      'Jeongdong Theater Tradition Series Performance <The Palace: Jang Noksu>',
      '2018.04.05 ~ OPEN RUN Tue – Sat 4PM (Closed on Sun & Mon) Viewing age of 48 months and above',
    ].map((t) => p(t));
    // Each line alone is boilerplate-shaped: the model's NA may drop it.
    for (const line of closing) expect(modelMayCallOther(line, 'en')).toBe(true);
    const prose = p(
      'Book your tickets through KLOOK easily and come and experience this spectacular traditional Korean arts performance today! 🙂',
    );
    expect(modelNaAllowed([prose, ...closing], 'en')).toEqual([true, false, false, false, false]);
    // A line as long without a date, time, price, phone or link is a sentence: it ends the run.
    const undated = p(
      'From spring on, the company plays the open run from Tuesday to Saturday, closed on Sunday and Monday',
    );
    expect(modelNaAllowed([closing[1], closing[2], undated, closing[1]], 'en')).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('keeps table rows of the article content (en-sports-tables)', () => {
    const [row] = para(fixture('en-sports-tables'), 'DL Myles Garrett 57 77%');
    expect(row.tag).toBe('tr');
    expect(modelMayCallOther(row, 'en')).toBe(false);
  });

  it('still takes an AP photo caption in a slideshow list item (en-chron-datelines)', () => {
    const article = fixture('en-chron-datelines');
    const [caption, i] = para(article, 'In this Sunday, Nov. 10, 2019, photograph');
    expect(caption.tag).toBe('li');
    expect(modelMayCallOther(caption, 'en')).toBe(true);
    expect(segment(article).paragraphs[i]).toBe('other');
  });

  it('keeps a long sentence of prose (en-reuters-credits)', () => {
    const [prose] = para(fixture('en-reuters-credits'), 'U.S. crude CLc1 fell 3.38%');
    expect(modelMayCallOther(prose, 'en')).toBe(false);
  });

  it('allows short lines, credits, bracketed notes and addresses (NewsDiscourse NA sentences)', () => {
    // tests/fixtures/golden-segment and ../shared/data/newsdiscourse: the NA sentences' shapes.
    expect(modelMayCallOther(p('Video Player Close'), 'en')).toBe(true);
    expect(modelMayCallOther(p('REUTERS/Jason Miczek'), 'en')).toBe(true);
    expect(
      modelMayCallOther(
        p('(This September 19 story has been refilled to correct metric conversion in second paragraph)'),
        'en',
      ),
    ).toBe(true);
    expect(
      modelMayCallOther(
        p(
          'Houses sit in floodwater on the outskirts of Lumberton, North Carolina September 17, 2018. REUTERS/Jason Miczek',
        ),
        'en',
      ),
    ).toBe(true);
  });

  it('never outside English: the model cannot read the language', () => {
    expect(
      modelMayCallOther(p('Голосование продлится до 8 октября до 18:00 по московскому времени.'), 'ru'),
    ).toBe(false);
  });
});

describe('paragraph boilerplate rules (lib/segment/boilerplate.ts)', () => {
  it('a cue inside long prose is not boilerplate (en-ign-deal-lists: "sign up", "subscribe")', () => {
    const article = fixture('en-ign-deal-lists');
    expect(ruleFor(article, 'If you just want Disney+, you can sign up for a free 7-day trial.')).toBeNull();
    expect(ruleFor(article, 'An even better deal is if you sign up for the Disney +')).toBeNull();
  });

  it('a cue that opens a block or fills a short one still is', () => {
    const article = fixture('en-ign-deal-lists');
    const short = p('Sign up for our newsletter');
    expect(boilerplateReason(short, 0, article, 'en', { kind: 'none' })).toBe('cue');
  });

  it('an author box closing the article is boilerplate (en-ign-deal-lists)', () => {
    const article = fixture('en-ign-deal-lists');
    expect(ruleFor(article, "Eric Song is IGN's deal curator")).toBe('author');
  });

  it('a bare web address is a credit line (en-chron-datelines)', () => {
    expect(ruleFor(fixture('en-chron-datelines'), 'twitter.com/paultakahashi')).toBe('address');
  });

  it('a short list item without a link is the article’s list (en-ign-deal-lists)', () => {
    const article = fixture('en-ign-deal-lists');
    const item = article.paragraphs.findIndex((q) => q.tag === 'li' && /^Get it (on|at) /.test(q.text));
    expect(item).toBeGreaterThanOrEqual(0);
    const q = article.paragraphs[item];
    expect(boilerplateReason(q, item, article, 'en', { kind: 'none' })).toBeNull();
  });

  it('a Japanese paragraph closed by its reporters’ names in 【】 still ends with its sentence (ja-news 11)', () => {
    const text =
      '「彼が登板する時はハラハラして、見られません」と苦笑する中丸監督。「先輩にかわいがってもらえる人柄が、記録達成につながったんじゃないですかね」と親心をのぞかせ、「記録も大事だけど、けがをせず一日でも長く現役を続けてほしい」。さらなる飛躍の可能性を秘める若き守護神を見守っている。【川村咲平】';
    const article = { ...fixture('ja-01-nhk-headings'), lang: 'ja' };
    expect(boilerplateReason(p(text), 5, article, 'ja', { kind: 'none' })).toBeNull();
    // A caption without a sentence end stays `other` (ja-news 15).
    expect(
      boilerplateReason(
        p('三峯神社奥宮遥拝殿から秩父山地東方を望む。連なる山々のその先には関東平野が開け、東京湾へと向かう'),
        5,
        article,
        'ja',
        {
          kind: 'none',
        },
      ),
    ).toBe('ja-no-end');
  });

  it('a narrative caption of paragraph length is content, a picture caption stays `other` (ja-news README rule 5)', () => {
    const article = { ...fixture('ja-01-nhk-headings'), lang: 'ja' };
    const reason = (text: string) => boilerplateReason(p(text), 5, article, 'ja', { kind: 'none' });
    expect(
      reason(
        '夜道を歩いていると、6頭ほどの獣が列をなして山を上ってきて、すぐ脇を悠然と通り過ぎていったと、古くからこの村に住む人は今も語り継いでいるという',
      ),
    ).toBeNull();
    // Long, but ending on a noun: a picture caption.
    expect(
      reason(
        '村の北側の尾根から谷を見下ろした眺め。奥に見えるのは、かつて炭焼き小屋が並んでいた沢沿いの道で、今は登山道として使われている林道の入り口',
      ),
    ).toBe('ja-no-end');
  });
});
