// The article test page: its language, the explorer's attributes and the article's text, from the
// query (see news-article.html), then the embed script, as a news site would include it.
(function () {
  var query = new URLSearchParams(location.search);
  var lang = query.get('lang') || 'en';
  var TEXT = {
    en: { kicker: 'Kazakhstan', headline: 'Three decades on, the Constitution’s guardians gain new powers',
      byline: 'Astana, 25 August 2025',
      p1: 'When people voted in the 1995 national referendum to adopt a new Constitution, they laid the cornerstone of modern statehood.',
      p2: 'The reform approved on June 5, 2022 gave the Human Rights Commissioner constitutional status, and citizens may now appeal directly to the Constitutional Court.',
      p3: 'The ombudsman’s office says appeals have grown from 1,800 a year to nearly 7,000, a rise it attributes to rising legal awareness and stronger trust in institutions.',
      p4: 'Its staff made nearly 800 visits to places of detention in 2024.',
      p5: 'Judges now pass tougher qualification exams: the share of candidates who pass has fallen from about half to a fifth.' },
    ru: { kicker: 'Казахстан', headline: 'Спустя три десятилетия хранители Конституции получают новые полномочия',
      byline: 'Астана, 25 августа 2025 года',
      p1: 'Проголосовав на всенародном референдуме 1995 года за новую Конституцию, граждане заложили краеугольный камень современной государственности.',
      p2: 'Реформа, одобренная 5 июня 2022 года, придала Уполномоченному по правам человека конституционный статус, а граждане теперь могут обращаться напрямую в Конституционный суд.',
      p3: 'По данным аппарата омбудсмена, число обращений выросло с 1 800 в год почти до 7 000: он связывает это с ростом правовой грамотности и доверия к институтам.',
      p4: 'В 2024 году его сотрудники почти 800 раз посетили места содержания под стражей.',
      p5: 'Судьи теперь сдают более строгие квалификационные экзамены: доля сдавших кандидатов снизилась примерно с половины до пятой части.' },
    kk: { kicker: 'Қазақстан', headline: 'Отыз жылдан соң Конституция сақшылары жаңа өкілеттік алады',
      byline: 'Астана, 2025 жылғы 25 тамыз',
      p1: '1995 жылғы жалпыхалықтық референдумда жаңа Конституцияны қолдап дауыс берген халық қазіргі мемлекеттіліктің іргетасын қалады.',
      p2: '2022 жылғы 5 маусымда мақұлданған реформа Адам құқықтары жөніндегі уәкілге конституциялық мәртебе берді, ал азаматтар енді Конституциялық сотқа тікелей жүгіне алады.',
      p3: 'Омбудсмен аппаратының деректері бойынша өтініштер саны жылына 1 800-ден 7 000-ға жуық өсті: ол мұны құқықтық сауаттылық пен институттарға сенімнің артуымен байланыстырады.',
      p4: '2024 жылы оның қызметкерлері қамауда ұстау орындарына 800-ге жуық рет барды.',
      p5: 'Судьялар енді қатаңырақ біліктілік емтиханын тапсырады: емтиханнан өткен үміткерлердің үлесі шамамен жартысынан бестен біріне дейін азайды.' },
  };
  var words = TEXT[lang] || TEXT.en;
  document.documentElement.lang = lang;
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = words[el.getAttribute('data-text')]; });
    var story = document.getElementById('story');
    [['view', 'data-view'], ['item', 'data-item'], ['views', 'data-views'], ['header', 'data-header'], ['mode', 'data-mode'],
     ['height', 'data-height'], ['data-lang', 'data-lang'], ['theme', 'data-theme']].forEach(function (pair) {
      if (query.has(pair[0])) story.setAttribute(pair[1], query.get(pair[0]));
    });
    if (query.has('menu')) story.setAttribute('data-language-menu', '');
    var script = document.createElement('script');
    script.async = true;
    script.src = document.querySelector('script[data-widget]').getAttribute('data-widget') + 'polity-embed.js';
    document.body.append(script);
  });
}());
