/**
 * Latin-script languages beyond the first lists (lib/extract/lang.ts FUNCTION_WORDS): a Polish,
 * Swedish or Turkish page with no lang or a template's lang="en" was outlined as English, and a
 * Danish one even under lang="da".
 */
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../lib/extract/lang';

// The same news item in each language.
const NEWS: Record<string, string> = {
  pl: 'Rada miasta zdecydowała we wtorek o zamknięciu mostu na czas remontu, a burmistrz powiedział, że prace potrwają około sześciu tygodni. Kierowcy mają korzystać z obwodnicy, która została przebudowana w zeszłym roku. Mieszkańcy, którzy mieszkają w pobliżu mostu, mówią, że nikt ich nie pytał o zdanie, ale rada obiecała, że spotka się z nimi przed rozpoczęciem prac. To nie jest pierwszy raz, kiedy most jest zamknięty.',
  tr: 'Belediye meclisi salı günü köprüyü onarım için kapatma kararı aldı ve belediye başkanı çalışmaların yaklaşık altı hafta süreceğini söyledi. Sürücülerin geçen yıl yeniden inşa edilen çevre yolunu kullanmaları istendi. Köprünün yakınında yaşayan sakinler kendilerine sorulmadığını söylüyor, ancak meclis çalışmalar başlamadan önce onlarla bir toplantı yapacağına söz verdi. Bu köprünün ilk kez kapatılması değil.',
  sv: 'Kommunfullmäktige beslutade på tisdagen att stänga bron för reparationer, och borgmästaren sa att arbetet skulle ta ungefär sex veckor. Bilister har uppmanats att använda ringvägen, som byggdes om förra året. Invånare som bor nära bron säger att de inte tillfrågades, men kommunen har lovat att hålla ett möte med dem innan arbetet börjar. Det är inte första gången som bron stängs av för arbeten.',
  cs: 'Městská rada v úterý rozhodla o uzavření mostu kvůli opravám a starosta řekl, že práce potrvají přibližně šest týdnů. Řidiči mají používat okruh, který byl loni přestavěn. Obyvatelé, kteří bydlí poblíž mostu, říkají, že se jich nikdo neptal, ale rada slíbila, že se s nimi před zahájením prací setká. Není to poprvé, co je most uzavřen kvůli opravám a stavebním pracím.',
  vi: 'Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu để sửa chữa, và thị trưởng nói rằng công việc sẽ mất khoảng sáu tuần. Các tài xế được yêu cầu sử dụng đường vành đai, được xây dựng lại vào năm ngoái. Cư dân sống gần cây cầu nói rằng họ không được hỏi ý kiến, nhưng hội đồng đã hứa sẽ tổ chức một cuộc họp với họ trước khi công việc bắt đầu.',
  da: 'Byrådet besluttede tirsdag at lukke broen for reparationer, og borgmesteren sagde, at arbejdet ville tage omkring seks uger. Bilister er blevet bedt om at bruge ringvejen, som blev genopbygget sidste år. Beboere, der bor tæt på broen, siger, at de ikke blev spurgt, men byrådet har lovet, at det vil holde et møde med dem, før arbejdet går i gang. Det er ikke første gang, at broen lukkes.',
  fi: 'Kaupunginvaltuusto päätti tiistaina sulkea sillan korjaustöiden ajaksi, ja pormestari sanoi, että työt kestävät noin kuusi viikkoa. Autoilijoita on kehotettu käyttämään kehätietä, joka rakennettiin uudelleen viime vuonna. Sillan lähellä asuvat asukkaat sanovat, ettei heiltä kysytty, mutta valtuusto on luvannut järjestää heidän kanssaan tapaamisen ennen töiden alkamista. Tämä ei ole ensimmäinen kerta, kun silta suljetaan.',
  ro: 'Consiliul local a votat marți închiderea podului pentru reparații, iar primarul a spus că lucrările vor dura aproximativ șase săptămâni. Șoferilor li s-a cerut să folosească centura ocolitoare, care a fost reconstruită anul trecut. Locuitorii care stau lângă pod spun că nu au fost consultați, dar consiliul a promis că va organiza o întâlnire cu ei înainte de începerea lucrărilor. Nu este prima dată când podul este închis.',
  hu: 'A városi tanács kedden megszavazta a híd lezárását a javítások idejére, és a polgármester azt mondta, hogy a munkálatok körülbelül hat hétig tartanak. Az autósokat arra kérték, hogy használják a körgyűrűt, amelyet tavaly építettek újjá. A híd közelében lakók azt mondják, hogy őket nem kérdezték meg, de a tanács megígérte, hogy a munkálatok megkezdése előtt találkozót tart velük.',
};

const ENGLISH =
  'The council voted on Tuesday to close the bridge for repairs, and the mayor said the work would take ' +
  'about six weeks. Drivers have been told to use the ring road, which was rebuilt last year. ' +
  'Residents who live near the bridge say they were not asked, but the council has promised that it will ' +
  'hold a meeting with them before the work starts.';

describe('Latin-script languages with lists of their own', () => {
  it('names each one, whatever the page declares', () => {
    for (const [lang, text] of Object.entries(NEWS))
      for (const declared of [null, 'en', 'en-US', lang])
        expect([lang, declared, detectLang(text, declared)]).toEqual([lang, declared, lang]);
  });

  it('keeps English English on sites that declare these languages', () => {
    for (const declared of Object.keys(NEWS)) expect(detectLang(ENGLISH, declared)).toBe('en');
  });
});
