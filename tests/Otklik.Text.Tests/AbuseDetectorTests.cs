using Otklik.Text.Abuse;

namespace Otklik.Text.Tests;

public sealed class AbuseDetectorTests
{
    // The rules alone: the threat model that joins them in the shipped detector is judged in ThreatModelTests
    // and, with the rules, on the corpora.
    private static readonly AbuseDetector Detector = new(threats: null);

    [Theory]
    [InlineData("Вы там совсем xуй положили на людей")]
    [InlineData("Это просто пи3да какая-то, а не работа")]
    [InlineData("6лядь, сколько можно ждать")]
    [InlineData("Опять отказ, бл@ть")]
    [InlineData("Pизд@ц, пятый год стоим в очереди")]
    [InlineData("Разъ3бу ваш офис, окна первыми вылетят")]
    [InlineData("ёbаный стыд, а не индексация")]
    [InlineData("Eblany iz soczashchity, gde moi dokumenty")]
    [InlineData("Идите вы на х.у.й со своими справками")]
    [InlineData("Полный п-и-з-д-е-ц в вашем отделе")]
    [InlineData("б л я д ь, когда это кончится")]
    [InlineData("Что за бл*ть порядки")]
    [InlineData("Это п***ец, а не соцзащита")]
    [InlineData("бляяяядь, опять очередь")]
    [InlineData("Ваш ёбаный отдел не работает")]
    [InlineData("Вы меня заебали своими отписками")]
    [InlineData("Вы там совсем охуели?")]
    [InlineData("В отделе одни распиздяи")]
    [InlineData("Какого-хуя мне не отвечают")]
    [InlineData("Отъебитесь от меня с вашими бумажками")]
    [InlineData("Хули толку от вашего отдела")]
    [InlineData("Ёпта, опять отказ")]
    [InlineData("Отпизжу вашего охранника")]
    [InlineData("Это уже х*ета какая-то")]
    [InlineData("Бл9ть, опять очередь до вечера")]
    [InlineData("blya, skolko mozhno zhdat")]
    [InlineData("vy menya zaebali uzhe")]
    [InlineData("Уже год е*утся с моими документами")]
    [InlineData("За*али своими звонками")]
    public void Analyze_ObsceneWordInAnyDisguise_IsFound(string text)
    {
        var result = Detector.Analyze(text);

        Assert.True(result.Has(AbuseCategory.Obscene), text);
    }

    [Theory]
    [InlineData("Прошу вернуть 500 рублей и 3 рубля переплаты")]
    [InlineData("Запрещено употреблять алкоголь в помещении")]
    [InlineData("Прошу не оскорблять меня при приёме")]
    [InlineData("Сын служит на борту корабля")]
    [InlineData("Я оформила субсидию себе и тебе советую")]
    [InlineData("Колебания цен на хлеба и молоко")]
    [InlineData("Застрахуйте, пожалуйста, имущество")]
    [InlineData("Учебник для ребенка и вебинар для родителей")]
    [InlineData("Бледный и больной ребёнок, дайте путёвку")]
    [InlineData("Место в саду получили по блату, это несправедливо")]
    [InlineData("Спасибо за мудрый и внимательный ответ")]
    [InlineData("Здоровье стало хуже, прошу помочь с лекарствами")]
    [InlineData("Потребитель услуг и истребитель на параде")]
    [InlineData("Подали заявление 15.03.2026 на сумму 36000")]
    [InlineData("Под небом голубым, небеса, гребень, учёба, требования")]
    [InlineData("Ансамбль, сабля, дирижабль, стебля, оскорбление")]
    [InlineData("Хулиган разбил окно, хулиганы во дворе, хула и хвала")]
    [InlineData("Х*р его знает, когда выплатят, и х*рня с начислениями")]
    [InlineData("Выплата* назначена, см. *примечание, квартира 9 в доме 19")]
    public void Analyze_InnocentWordsWithBadSubstrings_AreNotFlagged(string text)
    {
        var result = Detector.Analyze(text);

        Assert.False(result.IsAbusive, string.Join("; ", result.Findings.Select(f => $"{f.Category}: {f.Fragment}")));
    }

    [Fact]
    public void Analyze_Finding_PointsAtTheFragmentInTheOriginalText()
    {
        const string text = "Когда уже, бл*ть, выплатят пособие?";

        var finding = Assert.Single(Detector.Analyze(text).Findings);

        Assert.Equal(AbuseCategory.Obscene, finding.Category);
        Assert.Equal("бл*ть", finding.Fragment);
        Assert.Equal(text.IndexOf("бл*ть", StringComparison.Ordinal), finding.Start);
        Assert.Equal(5, finding.Length);
        Assert.False(string.IsNullOrEmpty(finding.Rule));
    }

    [Theory]
    [InlineData("Вы там все идиоты и дармоеды", true)]
    [InlineData("Чиновники — жулики и паразиты", true)]
    [InlineData("Тупая специалистка опять всё перепутала", true)]
    [InlineData("Специалист назвала меня дурой при всех", false)]
    [InlineData("Я не дурак, прошу объяснить по-человечески", false)]
    [InlineData("Работа отдела организована безобразно, " +
        "это издевательство", false)]
    [InlineData("Мошенники выманили у мамы пенсию, помогите", false)]
    [InlineData("Кровососы вы, а не социальная защита", true)]
    [InlineData("Ваши работники — обнаглевшие хамы", true)]
    [InlineData("Жулики, верните мои деньги", true)]
    [InlineData("Бездельники! Полгода не можете назначить выплату.", true)]
    [InlineData("Хамы в очереди толкали мою маму, а охрана бездействовала", false)]
    [InlineData("Жулики, представившись газовщиками, забрали у мамы пенсию", false)]
    [InlineData("Бездельники! Так обозвал нас сосед, когда мы вышли на пенсию.", false)]
    [InlineData("Ваш начальник просто мудак", true)]
    [InlineData("Писарчуки безграмотные, в ответе пять ошибок", true)]
    [InlineData("Я не считаю вас бездельниками, но ответа жду уже 40 дней", false)]
    [InlineData("Я старая дура, потеряла пенсионное удостоверение", false)]
    [InlineData("Я, наверное, тупой, но не пойму, как подать заявление", false)]
    [InlineData("Сидит эта курица в 12 кабинете и ногти пилит", true)]
    [InlineData("Старый пень на приёме ничего не слышит", true)]
    [InlineData("Курица в столовой на приёме пищи была холодной", false)]
    [InlineData("Старый пень у подъезда мешает проезду коляски", false)]
    [InlineData("Эта пизданутая инспекторша опять потеряла мои документы", true)]
    [InlineData("У меня собака-поводырь, сука лабрадора по кличке Найда", false)]
    [InlineData("У дочки в садике нашли вшей и гнид, нужна справка", false)]
    [InlineData("Чувствую себя полной идиоткой: третий раз заполняю анкету", false)]
    [InlineData("Ваш специалист вовсе не идиот, он просто перегружен", false)]
    [InlineData("Зять у меня распиздяй, потерял все документы на внуков", false)]
    [InlineData("Вы ведёте себя как идиоты", true)]
    [InlineData("Работодатель наш, мудила, зарплату не платит три месяца", false)]
    [InlineData("овца из пенсионного опять не то насчитала", true)]
    [InlineData("Клоуны из центра занятости! Предлагаете мне вакансию дворника", true)]
    [InlineData("кулёма ваша из опеки ничего не поняла", true)]
    [InlineData("инспекторишка сопливый ещё меня жизни учить будет", true)]
    [InlineData("вахлак в комиссии даже ноги мои не посмотрел", true)]
    [InlineData("Клоуны из цирка приезжали к детям в реабилитационный центр, спасибо", false)]
    [InlineData("Наша шавка лает на соцработницу, просим прощения", false)]
    [InlineData("У сына глисты, нужна справка для бассейна", false)]
    [InlineData("Валенки для мамы в доме престарелых так и не выдали", false)]
    [InlineData("Ваше сиятельство бюрократическое, соизвольте ответить", true)]
    [InlineData("Горе-специалисты из отдела ветеранов теряют удостоверение третий раз", true)]
    [InlineData("Мозгов у вашего консультанта как у канарейки", true)]
    [InlineData("Весь отдел опеки — сборище бездушных манекенов", true)]
    [InlineData("Ну вы и дятлы в своём министерстве!", true)]
    [InlineData("Шапокляк ваша из опеки только крысу дома забыла", true)]
    [InlineData("Горе у нас большое: умер отец, прошу помочь с погребением", false)]
    [InlineData("Внук читал сказку про Кощея и Бабу-Ягу на занятиях в реабилитационном центре", false)]
    [InlineData("Дятел стучит по стене интерната с утра, мешает спать старикам", false)]
    [InlineData("Ебаные бюрократы, полгода не могу получить коляску для сына!", true)]
    [InlineData("Кто у вас там на телефоне сидит, дауны?", true)]
    [InlineData("У внука синдром Дауна, положена ли ему пенсия по инвалидности?", false)]
    [InlineData("Соцработница Лида — воровка и лентяйка, деньги на продукты берёт", true)]
    [InlineData("Зять мой — распиздяй, опеку над внуками надо оформлять на меня", false)]
    [InlineData("Мошенники звонили, представлялись соцзащитой — твари, выманили пенсию", false)]
    [InlineData("Я не говорю, что вы дура, я говорю, что в расчёте ошибка", false)]
    [InlineData("Дурак я старый, забыл паспорт дома", false)]
    [InlineData("Уроды, я приду к вам ещё раз", true)]
    [InlineData("Я долбоёб, забыл подписать заявление на пособие", false)]
    [InlineData("Инвалидность ребёнку оформляли в ебанутые сроки — четыре месяца", false)]
    [InlineData("Ебанутые чиновники опять всё потеряли", true)]
    public void Analyze_Insults_OnlyTheWritersOwnAreFound(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Insult));
    }

    [Theory]
    [InlineData("Ваш директор — напыщенный индюк", true)]
    [InlineData("Начальство ваше — жирные коты", true)]
    [InlineData("Вы там все тормоза какие-то", true)]
    [InlineData("Этой корове из регистратуры пора на пенсию", true)]
    [InlineData("Продажные шкуры, за взятку всё бы сразу оформили", true)]
    [InlineData("Обнаглевшие чиновники-воришки, когда вы насытитесь?", true)]
    [InlineData("Кучка бездарных бюрократишек решает судьбы людей", true)]
    [InlineData("Этот ваш Сидоренко — подлый трус и врун", true)]
    [InlineData("Вы подлые и лживые люди", true)]
    [InlineData("Ваша Петрова — мерзкая тётка, ненавидит людей", true)]
    [InlineData("У нас две коровы и козы, положена ли субсидия на корма?", false)]
    [InlineData("Ваш ответ — жалкая отписка", false)]
    [InlineData("Вы причинили мне моральный вред, прошу компенсации", false)]
    [InlineData("Тётка из МФЦ опять перепутала мою фамилию", false)]
    [InlineData("Ваш подарок — мягкая кукла и книжки — очень порадовал дочь", false)]
    [InlineData("Ваш сотрудник — просто умница, всё объяснил за пять минут", false)]
    [InlineData("Вы не клоуны, а государственные служащие, так и отвечайте по существу", false)]
    [InlineData("Тормоза у машины соцтакси неисправны, водитель в курсе", false)]
    [InlineData("Мошенники, которые представляются сотрудниками соцзащиты, обманывают пенсионеров", false)]
    [InlineData("Воры, назвавшиеся работниками газовой службы, вынесли у мамы пенсию", false)]
    public void Analyze_InsultsByFigureOrCompound_CountWhenSaidOfAnOfficial(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Insult));
    }

    [Theory]
    [InlineData("Если не выплатите, я вас всех перестреляю", true)]
    [InlineData("Я знаю, где живут ваши дети", true)]
    [InlineData("Сожгу ваше министерство к чертям", true)]
    [InlineData("Приду с топором и поговорим по-другому", true)]
    [InlineData("Вам не жить, если откажете", true)]
    [InlineData("Сосед угрожает меня убить, прошу защиты", false)]
    [InlineData("Бывший муж сказал: «я тебя убью», я боюсь", false)]
    [InlineData("Я убью на эти справки весь день", false)]
    [InlineData("Без лекарств я умру, помогите", false)]
    [InlineData("Если не ответите, " +
        "подам в суд и напишу в прокуратуру", false)]
    public void Analyze_Threats_OnlyTheWritersOwnAreFound(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Приеду к тебе домой, и тогда поговорим", true)]
    [InlineData("Лучше вам не попадаться мне на глаза после работы", true)]
    [InlineData("Я сделаю так, чтобы тебе было больно", true)]
    [InlineData("Гараж у вас, я смотрю, деревянный. Всякое бывает.", true)]
    [InlineData("Подумайте о своей семье, прежде чем подписывать отказ", true)]
    [InlineData("Ружьё я купил в оружейном магазине. Делайте выводы.", true)]
    [InlineData("Кто отказал, тот и ответит, только не по закону.", true)]
    [InlineData("Кто нарушил закон, тот и ответит по закону: жалоба уже в прокуратуре.", false)]
    [InlineData("Подумайте о детях-инвалидах, прежде чем сокращать выплаты", false)]
    [InlineData("Приду к вам в приёмную с документами в понедельник", false)]
    [InlineData("Мой сын каждое утро выходит из дома в семь и идёт в школу через стройку", false)]
    [InlineData("Машину у нас угнали, всякое бывает, но помогите с компенсацией", false)]
    [InlineData("Если не дадут лекарство, мама может оказаться в больнице", false)]
    [InlineData("Квартира ваша на пятом этаже, я посмотрел. Скоро увидимся.", true)]
    [InlineData("Будет жаль, если с вашим сыном что-нибудь случится", true)]
    [InlineData("Каждое утро ваша дочь идёт в садик мимо гаражей", true)]
    [InlineData("Если откажете, ваш кабинет может случайно загореться ночью", true)]
    [InlineData("Подумайте о своих детях: им тоже когда-нибудь понадобится пенсия", false)]
    [InlineData("Будет жаль, если программу закроют: она многим помогла", false)]
    [InlineData("Ваше здание может загореться в любой момент: проводка искрит", false)]
    [InlineData("У вас в деревне дома деревянные, часто загораются, нужна пожарная часть", false)]
    public void Analyze_ThreatsWithoutViolenceNamed_NeedTwoCuesOrAnExplicitMenace(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Буду бить, пока не назначите пособие", true)]
    [InlineData("Пизды получишь, понял?", true)]
    [InlineData("Ещё раз нагрубишь — останешься без зубов", true)]
    [InlineData("Ты труп, Федосеев", true)]
    [InlineData("Вы мне жизнь сломали — я вам сломаю тоже", true)]
    [InlineData("Горло перегрызу любому чиновнику за ребёнка", true)]
    [InlineData("Я найду, где живёт ваш инспектор", true)]
    [InlineData("Один звонок — и к вашему заведующему приедут серьёзные ребята", true)]
    [InlineData("Буду бороться до конца и буду жаловаться во все инстанции", false)]
    [InlineData("Направление вы получите в глазном отделении поликлиники", false)]
    [InlineData("Если не дадут протез, мама останется без ног", false)]
    [InlineData("Голову сломаю, пока заполню эту форму", false)]
    [InlineData("Я сломаю голову с вашими формами, объясните графу 7", false)]
    [InlineData("Мы без этой выплаты просто трупы, помогите", false)]
    [InlineData("Я буду бить тревогу, пока вы не назначите пособие", false)]
    [InlineData("Мы с мужем разорвём договор найма, если нас не переселят?", false)]
    [InlineData("Не выплатите — возьму топор", true)]
    [InlineData("За детей я вас всех на куски разорву", true)]
    [InlineData("Приду и всех положу, мне уже всё равно", true)]
    [InlineData("Вы у меня кровью харкать будете", true)]
    [InlineData("Если не решите, дети ваши сиротами останутся", true)]
    [InlineData("Лучше бы вашему начальнику не выходить вечером из дома", true)]
    [InlineData("Положу все документы в папку и принесу в понедельник", false)]
    [InlineData("Если мне не сделают операцию, мои дети останутся сиротами", false)]
    public void Analyze_ThreatsByBlowOrEnd_NamedInAnyWording(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Добром это не кончится, обещаю вам", true)]
    [InlineData("Вы доиграетесь. Могу и до греха дойти", true)]
    [InlineData("Скоро вам всем будет очень больно", true)]
    [InlineData("Я вам устрою такую жизнь, что из дома выходить побоитесь", true)]
    [InlineData("Молитесь, чтобы я не пришёл к вам лично", true)]
    [InlineData("Советую вашему сотруднику уехать в другой город, пока цел", true)]
    [InlineData("Наш разговор продолжится в тёмном переулке", true)]
    [InlineData("Рано или поздно вы выйдете из здания, а я буду ждать", true)]
    [InlineData("Добром это не кончится: я подам в суд и напишу в прокуратуру", false)]
    [InlineData("Мне больно смотреть, как мама ждёт эту выплату", false)]
    [InlineData("Пока мама жива и цела, хочу успеть оформить ей уход", false)]
    [InlineData("Нам с тобой, Ковалёв, ещё предстоит встретиться без свидетелей", true)]
    [InlineData("Вы ещё не знаете, на что способен отчаявшийся отец", true)]
    [InlineData("Ждите моей жалобы в прокуратуру", false)]
    [InlineData("Мы на пределе, добром это не кончится для нашей семьи, если не будет выплаты", false)]
    [InlineData("Я не знаю, на что способен мой организм после химии, прошу продлить инвалидность", false)]
    [InlineData("Вы не представляете, на что способна мать: я дойду до суда и прокуратуры", false)]
    [InlineData("В тёмном переулке у нас нет фонаря, дети идут в школу в темноте", false)]
    [InlineData("Пока цел дом, хотим успеть оформить субсидию на ремонт крыши", false)]
    [InlineData("Вам будет больно это читать, но сын не дождался коляски", false)]
    public void Analyze_ThreatsWithoutViolence_OminousWordingCountsUnlessLawful(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Дочка ваша в двенадцатую школу ходит, да? Красивая девочка.", true)]
    [InlineData("Ваших внуков из садика забирают в пять, я в курсе.", true)]
    [InlineData("Твоя жена в поликлинике на Садовой работает? Передавай ей привет.", true)]
    [InlineData("Смотрите, чтобы с вашим домом ничего не случилось", true)]
    [InlineData("У меня ружьё есть и разрешение на него. Думайте.", true)]
    [InlineData("Ножик у меня всегда с собой, учтите это, когда будете отказывать", true)]
    [InlineData("Мой муж уже едет к вам разбираться, и он не в духе", true)]
    [InlineData("У вас дети ходят в школу? Тогда вы поймёте, как дорого собрать ребёнка", false)]
    [InlineData("Прошу принять меры, чтобы с детьми ничего не случилось", false)]
    [InlineData("Учтите, что у меня трое детей и мама-инвалид", false)]
    [InlineData("Учтите мой стаж на Севере: я охотник по профессии, ружьё было рабочее", false)]
    [InlineData("Мой муж приедет к вам за документами в понедельник", false)]
    [InlineData("Мой брат отсидел и хочет приехать к вам на приём по трудоустройству", false)]
    [InlineData("Мои друзья из братвы уже знают вашу фамилию", true)]
    [InlineData("Мои друзья знают вашего сотрудника как честного человека", false)]
    public void Analyze_ImplicitThreats_KnowledgeWeaponsAndProxies(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Будете хоронить своих, если ещё раз выгоните меня из кабинета.", true)]
    [InlineData("Скоро будете собирать себя по частям.", true)]
    [InlineData("Через неделю вы не узнаете своё лицо в зеркале.", true)]
    [InlineData("Следующий отказ станет для вас последним.", true)]
    [InlineData("Будете ли вы хоронить ветеранов за счёт бюджета? Мой дедушка умер.", false)]
    [InlineData("Мама после операции ходит на костылях, нужна коляска.", false)]
    [InlineData("Это будет последнее обращение к вам, дальше — суд.", false)]
    public void Analyze_HarmAllusedInTheAddresseesFuture_IsThreat(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Когда ваш кабинет загорится, вспомните мою пенсию.", true)]
    [InlineData("Следующим пожаром в районе будет ваш офис.", true)]
    [InlineData("Дом у вас деревянный, а лето нынче жаркое.", true)]
    [InlineData("Огонь не разбирает, чей дом горит, — помните об этом, когда будете отказывать.", true)]
    [InlineData("Спичек у меня много, а терпения уже не осталось.", true)]
    [InlineData("Огонь не разбирает, чей дом: у соседа сгорел сарай, обуглился наш забор.", false)]
    [InlineData("Лето жаркое, у нас в посёлке горит лес, помогите.", false)]
    [InlineData("Наш дом сгорел в марте, мы живём у родственников.", false)]
    public void Analyze_FireAlludedToNearTheOfficialsProperty_IsThreat(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Я знаю, в какую школу ходит ваш сын, Ирина Павловна.", true)]
    [InlineData("Вашему сыну стоит сменить дорогу в школу.", true)]
    [InlineData("Я уже отследил, во сколько вы уходите с работы.", true)]
    [InlineData("Я знаю ваш маршрут от дома до работы, он очень тёмный.", true)]
    [InlineData("Красивая у вас дочка, в седьмую гимназию бегает.", true)]
    [InlineData("Я знаю, в какую школу пойдёт мой сын, но там нет мест.", false)]
    [InlineData("Знаю, где вы принимаете, но вход без пандуса.", false)]
    [InlineData("Я знаю, где живёт наш участковый, но он не принимает уже месяц.", false)]
    public void Analyze_KnowledgeOfTheOfficialsWhereabouts_IsThreat(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Мои друзья разберутся с вашим инспектором, раз по-человечески не получается.", true)]
    [InlineData("Мои братья вернулись с вахты и очень хотят с вами познакомиться поближе.", true)]
    [InlineData("Есть люди, которые решат этот вопрос с вами лично, если вы не решите его по закону.", true)]
    [InlineData("Ждите, скоро к вам заглянут ребята из нашего двора.", true)]
    [InlineData("Есть люди, которые ждут очереди на жильё по двадцать лет, я одна из них.", false)]
    [InlineData("Мои друзья посоветовали обратиться к вам за помощью после пожара.", false)]
    [InlineData("Мне написали: «Мои люди найдут тебя», — это был коллектор.", false)]
    public void Analyze_ThirdPartiesActingForTheWriter_IsThreat(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }

    [Theory]
    [InlineData("Земля круглая, начальник, ещё пересечёмся.", true)]
    [InlineData("У вас ведь внуки есть? Берегите их.", true)]
    [InlineData("Ходите теперь осторожнее по вечерам, Сергей Иванович.", true)]
    [InlineData("Раз закон не помогает, поможет топор.", true)]
    [InlineData("Земля круглая, как говорится, но выплату так и не перевели.", false)]
    [InlineData("Ходите осторожнее по улице Мира — там открыт люк.", false)]
    [InlineData("Вы пожалеете о таком решении, когда прокуратура начнёт проверку.", false)]
    public void Analyze_HintsAndHazardWarnings_TellMenaceFromCare(string text, bool expected)
    {
        Assert.Equal(expected, Detector.Analyze(text).Has(AbuseCategory.Threat));
    }
}
