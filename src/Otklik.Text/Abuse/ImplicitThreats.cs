using System.Text.RegularExpressions;

namespace Otklik.Text.Abuse;

// Threats that name no violence. Each cue alone is innocent («у вас дети», «жалко будет», «я проверил»),
// so a threat needs two of them close together: the official's family, home or car with a menacing
// hint or a means (fire, a weapon, watching), or a hint with a means. Menace that sounds lawful
// («вы пожалеете») counts unless the writer names a lawful step, and harm wished on an official in the
// third person («этой чиновнице недолго осталось») unless it is the writer's own side that is meant.
internal static partial class ImplicitThreats
{
    private const string Family = "дет(и|ей|ям|ьми|ях|ишек|ки|ок)|ребен[а-я]*|сын[а-я]*|доч[а-я]*"
        + "|жен(а|у|ы|е|ой)|муж(а|у|ем|е)?|внук[а-я]*|внучк[а-я]*|семь(я|ю|е|ей|и)|родн(ых|ым|ые)"
        + "|близк(их|им|ие)|мам(а|у|ы|е)|мать|матер[а-я]*|отц(а|у|ом)|отец|родител[а-я]*";

    private const string Property = "машин[а-я]*|автомобил[а-я]*|дач[а-я]*|квартир[а-я]*|гараж[а-я]*"
        + "|окн(а|о|ами|ах)|окон"
        + "|подъезд[а-я]*|двор[а-я]*|собак[а-я]*"
        + "|дом(а|е|у|ом)?(?! (престарел|инвалид|интернат|культур|ребенк|малютк|творчеств|быт|отдых|ветеран"
        + "|социальн|милосерд))";

    private const string Sphere = "(" + Family + "|" + Property + ")";

    private const string YourList = "ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашими|ваших|вашу"
        + "|твой|твоя|твое|твои|твоего|твоей|твоему|твоим|твоих|твою";

    private const string OwnList = "свой|своя|свое|свои|своего|своей|своему|своим|своими|своих|свою";

    private const string YourForms = "(" + YourList + ")";

    private const string OwnForms = "(" + OwnList + ")";

    private const string Officials = "(чиновни|специалист|инспектор|начальни|директор|заведующ|сотрудни"
        + "|министр|руковод|работни|служащ|депутат|бюрократ)[а-я]*";

    // Every alternative of a cue pattern contains one of its words, so a sentence without any of them
    // (most sentences) skips that pattern. A new cue must add its word to its list.
    public static readonly string[] HintWords =
    [
        "жалко", "жаль", "чтото", "чтонибудь", "если что", "боитесь", "боишься", "страшно", "осторожн", "аккуратнее",
        "подумай", "встречи", "увидимся", "встретимся", "похорошему", "передай", "терять", "всякое", "мало ли",
        "выводы", "учти", "имейте в виду", "имейте это в виду", "думай", "решайте", "передавай", "ничего не случ",
        "ничего не произ", "земля круглая", "пересечемся", "свидимся", "вам есть что", "тебе есть что", "терпени",
        "береги", "пока можете", "пока можешь", "пока живы", "помните об", "запомните",
    ];

    public static readonly string[] MeansWords =
    [
        "сгор", "загор", "горят", "горит", "полыхнет", "вспыхнет", "подожгут", "сожгут", "спалят", "поджечь",
        "спалить", "канистр", "бензин", "гранат", "ружь", "обрез", "пистолет", "взрывчатк", "тротил", "оружи",
        "стрелять", "охотнич", "оружейн", "нож", "адрес", "в курсе", "видел", "проверил", "запомнил", "записал",
        "выследил", "выяснил", "сфотографировал", "знаю где", "знаю когда", "знаю во", "знаю в", "знаю на",
        "знаю какой", "знаю адрес", "знаю номер", "знаю что", "во сколько", "каждое утро", "каждый вечер",
        "каждый день", "по утрам", "по вечерам", "спич", "зажигалк", "жаркое", "сухое",
    ];

    public static readonly string[] WhereaboutsWords =
    [
        "школ", "сад", "секци", "поликлиник", "кружок", "кружк", "колледж", "институт", "гимнази", "лицей", "лицея",
        "лицее", "лицеи", "забира", "отвод", "привод",
    ];

    public static readonly string[] SoftWords =
    [
        "пожале", "поплат", "жалеть", "узнает", "узнаеш", "узнают", "пойм", "ответит", "ответиш", "ответят",
        "словами", "посвоему", "подругому", "помужски", "понашему", "лишу", "лишим", "последствия", "объяснят",
        "научат", "покажут", "доигра", "допрыга", "до греха", "добром", "кончится", "будет больно",
        "станет больно", "будет очень больно", "станет очень больно", "побоит", "побоиш", "будете бояться",
        "будешь бояться", "с охраной", "охрана вам", "охрана тебе", "охрана вас", "охрана тебя", "молит", "молись",
        "жди неприятн", "жди проблем", "жди больших", "жди серьезных", "ждите неприятн", "ждите проблем",
        "ждите больших", "ждите серьезных", "готовьтес", "готовься", "пока цел",
        "пока ты цел", "пока вы цел", "пока он цел", "пока она цел", "на что способ", "на что я способ",
        "на что мы способ", "без свидетелей", "переулк",
        "подворотн", "бараний рог", "выйдете", "выйдешь", "повзрослому",
    ];

    public static readonly string[] DoomWords =
    [
        "недолго", "немного", "осталось", "не жить", "долго не", "дожив", "дотян", "дожил", "кирпич", "сосульк",
        "проблемы со здоровьем", "лишится", "лишитесь", "лишишься", "лишатся",
    ];

    public static readonly string[] AllusionWords =
    [
        "огонь не разб", "щим пожар", "щий пожар", "щей жертв", "щая жертв", "щим жертв", "хоронить", "оплакивать",
        "по частям", "по кусочкам", "по кускам", "на костылях", "на коляске", "для вас послед", "для тебя послед",
        "не узнаете", "не узнаешь", "что такое боль", "что такое страх", "что такое настоящ", "войну со",
        "войну с нами", "война со", "война с нами", "войной со", "войной с нами", "поплач", "наплач", "помуча",
        "посматрива", "поглядыва", "расплат", "расплачива", "вашему сыну", "вашей семье", "вашим детям",
        "вашей жене", "вашему мужу", "вашей дочери", "вашим внукам", "вашим родным", "вашим близким", "твоему сыну",
        "твоей семье", "твоим детям", "твоей жене", "твоему мужу", "твоей дочери", "твоим внукам", "твоим родным",
        "твоим близким", "не ночуй", "вашем порог", "твоем порог", "вашего порог", "твоего порог", "вашей двер",
        "твоей двер", "по кирпич", "по камешку", "по бревнышку", "по щепкам", "тим вас", "тят вас", "тит вас",
        "тить вас", "тим тебя", "тят тебя", "тит тебя", "тить тебя", "заглянут", "зайдут", "придут", "приедут",
        "наведаются", "заедут", "разберут", "разберет", "навестят", "навестит", "займутся", "займется", "поближе",
        "объяснят", "сам поговор", "сами поговор", "лично поговор", "на пальцах", "есть люди", "есть ребята",
        "есть парни", "есть знакомые", "есть друзья", "овраге нах", "овраге най", "канаве нах", "канаве най",
        "болоте нах", "болоте най", "лесу нах", "лесу най", "реке нах", "реке най", "не встретились",
        "не встретился", "не встретилась", "не пересеклись", "не увиделись", "кирпич", "сосульк", "не проснуться",
        "поможет топор", "поможет нож", "поможет ружье", "поможет обрез", "поможет канистра", "поможет бензин",
        "поможет спичка", "поможет кулак", "поможет бита", "долго не проездит", "долго не простоит",
        "долго не прослужит", "тормоза", "уходите", "уходишь", "выходите", "выходишь", "возвращаетесь",
        "возвращаешься", "ездите", "ездишь", "гуляете", "гуляешь", "паркуетесь", "паркуешься", "ночуете", "ночуешь",
        "ваш маршрут", "твой маршрут", "ваш график", "твой график", "ваш распорядок", "твой распорядок", "знаю в",
        "знаю как", "знаю где", "знаю когда", "знаю во", "и бойся", "и бойтесь", "загорится", "сгорит", "вспыхнет",
        "полыхнет", "с бензином", "с зажигательн",
    ];

    public static readonly string[] DangerWords =
    [
        "не в духе", "вспыльчив", "бандит", "братв", "церемон", "шутить не", "серьезные",
    ];

    public static void Find(
        string text, IReadOnlyList<DisguisedWord> words, IReadOnlyList<SentenceView> sentences,
        IReadOnlyList<bool> reported, IReadOnlyList<bool> triggered, List<AbuseFinding> findings)
    {
        var cues = new Cues[sentences.Count];
        var any = false;
        for (var k = 0; k < sentences.Count; k++)
        {
            cues[k] = !triggered[k] || (sentences[k].Found & SentenceView.ImplicitCue) == 0
                ? default
                : Cues.Of(sentences[k].Text, sentences[k].Found);
            any |= cues[k].Found;
        }

        for (var k = 0; k < sentences.Count && any; k++)
        {
            if (cues[k].Found && Decide(cues, sentences, reported, k) is { } match)
            {
                var (first, last) = sentences[k].WordsOf(match.Cue);
                findings.Add(AbuseDetector.Finding(AbuseCategory.Threat, text, words[first], words[last], match.Rule));
            }
        }
    }

    private static (Match Cue, string Rule)? Decide(
        Cues[] cues, IReadOnlyList<SentenceView> sentences, IReadOnlyList<bool> reported, int k)
    {
        var here = cues[k];
        var sentence = sentences[k].Text;
        var (from, to) = (Math.Max(0, k - 1), Math.Min(cues.Length - 1, k + 1));
        var sphere = new Lazy<bool>(() => Enumerable.Range(from, to - from + 1)
            .Any(j => !reported[j] && IsSphere(sentences[j].Text)));
        var hints = Enumerable.Range(from, to - from + 1).Sum(j => cues[j].Hints);
        var means = Enumerable.Range(from, to - from + 1).Any(j => cues[j].Means is not null);
        if (here.Hint is { } hint && (means || hints > 1 || sphere.Value))
        {
            return (hint, "намёк на расправу");
        }

        if (here.Means is { } found && sphere.Value && !IsLawful(sentences, k))
        {
            return (found, "угроза семье или имуществу");
        }

        if (here.Soft is { } soft && !IsLawful(sentences, k) && !Question().IsMatch(sentence)
            && !Negated(sentence, soft))
        {
            return (soft, "угроза без называния насилия");
        }

        if (here.Proxy is { } proxy && IsSentByWriter(sentences, reported, from, to))
        {
            return (proxy, "угроза чужими руками");
        }

        if (here.Allusion is { } allusion && !Question().IsMatch(sentence)
            && (Unaddressed().IsMatch(allusion.Value) || Enumerable.Range(from, to - from + 1)
                .Any(j => !reported[j] && (Addressee().IsMatch(sentences[j].Text)
                    || Official().IsMatch(sentences[j].Text) || Urged().IsMatch(sentences[j].Text)))))
        {
            return (allusion, "угроза намёком");
        }

        return here.Doom is { } doom && !OwnSide().IsMatch(Before(sentence, doom))
            && (Addressee().IsMatch(sentence) || Official().IsMatch(sentence) || Promise().IsMatch(sentence))
            ? (doom, "пожелание беды сотруднику")
            : null;
    }

    // «Мой муж уже едет к вам разбираться, и он не в духе»: someone of the writer's, dangerous by the cue
    // found, is sent to talk to the official.
    private static bool IsSentByWriter(IReadOnlyList<SentenceView> sentences, IReadOnlyList<bool> reported, int from,
        int to)
    {
        var window = string.Join(" ", Enumerable.Range(from, to - from + 1)
            .Where(j => !reported[j])
            .Select(j => sentences[j].Text));
        return (WritersPeople().IsMatch(window) || Gang().IsMatch(window)) && Visit().IsMatch(window)
            && (Addressee().IsMatch(window) || Official().IsMatch(window));
    }

    // A step by law named in the sentence, not ruled out.
    internal static bool NamesRecourse(SentenceView sentence) =>
        Recourse().IsMatch(sentence.Text) && !NotLawful().IsMatch(sentence.Text);

    // A lawful step named in the sentence or the next one («Вы пожалеете: я напишу в прокуратуру»).
    internal static bool IsLawful(IReadOnlyList<SentenceView> sentences, int k) =>
        Enumerable.Range(k, Math.Min(2, sentences.Count - k))
            .Any(j => LawfulStep().IsMatch(sentences[j].Text) && !NotLawful().IsMatch(sentences[j].Text));

    // The doomed is named just before: «маме недолго осталось», «специалисту Петренко не жить».
    private static string Before(string sentence, Match doom)
    {
        var from = doom.Index;
        for (var spaces = 0; from > 0 && spaces < 4; from--)
        {
            spaces += sentence[from - 1] == ' ' ? 1 : 0;
        }

        return sentence[from..(doom.Index + doom.Length)];
    }

    // «не пожалеете», and «пожалеет денег» (begrudges money) are no menace.
    private static bool Negated(string sentence, Match soft) =>
        (soft.Index >= 3 && sentence.AsSpan(soft.Index - 3, 3).SequenceEqual("не "))
        || Begrudged().IsMatch(sentence.AsSpan(soft.Index + soft.Length));

    [GeneratedRegex(@"^ (денег|средств|копейки|рубля|сил|времени|бюджет)")]
    private static partial Regex Begrudged();

    private readonly record struct Cues(
        Match? Hint, int Hints, Match? Means, Match? Soft, Match? Doom, Match? Proxy, Match? Allusion)
    {
        public bool Found =>
            Hint is not null || Means is not null || Soft is not null || Doom is not null || Proxy is not null
            || Allusion is not null;

        public static Cues Of(string s, int found)
        {
            var hint = Run(HintCue(), s, found, SentenceView.HintCue);
            if (hint.Success && hint.Value.StartsWith("подума", StringComparison.Ordinal) && Empathy().IsMatch(s))
            {
                hint = hint.NextMatch();
            }

            if (hint.Success && OwnHarm().IsMatch(s))
            {
                hint = Match.Empty;
            }

            var means = Run(MeansCue(), s, found, SentenceView.MeansCue);
            if (!means.Success && (found & SentenceView.WhereaboutsCue) != 0 && !Empathy().IsMatch(s))
            {
                means = Whereabouts().Match(s);
            }

            return new Cues(
                Success(hint),
                hint.Success ? (hint.NextMatch().Success ? 2 : 1) : 0,
                Success(means),
                Success(Run(SoftCue(), s, found, SentenceView.SoftCue)),
                Success(Run(DoomCue(), s, found, SentenceView.DoomCue)),
                Success(Run(DangerCue(), s, found, SentenceView.DangerCue)),
                Success(Run(AllusionCue(), s, found, SentenceView.AllusionCue)));
        }

        private static Match Run(Regex regex, string s, int found, int group) =>
            (found & group) != 0 ? regex.Match(s) : Match.Empty;

        private static Match? Success(Match m) => m.Success ? m : null;
    }

    // «свою машину» is the official's only when the writer does not speak of himself in the sentence.
    private static bool IsSphere(string s) =>
        YourSphere().IsMatch(s)
        || (OwnSphere().IsMatch(s) && !FirstPerson().IsMatch(s))
        || (TheirSphere().IsMatch(s) && Official().IsMatch(s));

    [GeneratedRegex(@"\b" + YourForms + @"( \w+)? " + Sphere + @"\b|\b" + Sphere + " " + YourForms + @"\b"
        + @"|\b" + Sphere + @"( \w+)? у (вас|тебя)\b|\bу (вас|тебя)( (?!мо|наш)\w+){0,2} " + Sphere + @"\b"
        + @"|\b(вы|ты)( \w+)? (живете|живешь|ночуете|паркуете|паркуешь|ставите|ставишь)\b"
        + @"|\bу (когото |когонибудь )?(из )?(ваш|тво)\w* \w+( \w+){0,2} " + Sphere + @"\b"
        + @"|\b(ваше|твое) лицо\b"
        + @"|\b(живете|живешь) (вы|ты)\b|\b(ваш|твой) адрес\b|\bадрес " + Officials
        + @"|\bномер " + YourForms + " машин")]
    private static partial Regex YourSphere();

    [GeneratedRegex(@"\b" + OwnForms + @"( \w+)? " + Sphere + @"\b")]
    private static partial Regex OwnSphere();

    [GeneratedRegex(@"\b(ее|его|их)( \w+)? (" + Family + @")\b")]
    private static partial Regex TheirSphere();

    // «если с моим ребёнком что-то случится»: the writer fears for his own.
    [GeneratedRegex(@"\bс (мной|нами|моим|моей|моими|нашим|нашей|нашими|мамой|папой|ребенком|детьми|сыном"
        + @"|дочерью|внуком|внучкой|мужем|женой)\b")]
    private static partial Regex OwnHarm();

    // «подумайте о своих детях: им тоже нужна будет пенсия» asks the official to put himself in the writer's place.
    [GeneratedRegex(@"\b(тоже|также|когданибудь|на (их|моем|нашем|его|ее) месте|в старости)\b")]
    private static partial Regex Empathy();

    [GeneratedRegex(@"\b(я|мне|меня|мной|мы|нам|нас|нами|мой|моя|мое|мои|моего|моей|моему|моим|моих|мою)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b" + Officials + @"|\bпередай|\b(отдел|опек|контор)[а-я]*")]
    internal static partial Regex Official();

    [GeneratedRegex(@"\b(вы|вам|вас|вами|ты|тебе|тебя|тобой|ваш[а-я]*|тво(й|я|е|и|его|ей|ему|им|их|ю))\b")]
    internal static partial Regex Addressee();

    // A menacing hint: harmless words in most appeals, menacing next to the official's family or a means.
    private const string HintPattern =
        @"\b(жалко|жаль) (будет|было бы)\b|\b(было бы|будет)( очень)? (жалко|жаль)\b"
        + @"|\b(чтото|чтонибудь) (может |могут )?(случится|случиться|случилось|произойдет|произойти)\b"
        + @"|\bесли что\b|\bне (боитесь|боишься|страшно)( за \w+)?$|\bне (боитесь|боишься|страшно) за\b"
        + @"|\b(поосторожнее|осторожнее|осторожней|неосторожно|аккуратнее)\b"
        + @"|\b(подумайте|подумай)( хорошенько| сами| еще раз)?$"
        + @"|\bдо (скорой )?встречи\b|\b(скоро|еще) (увидимся|встретимся)\b|\bпохорошему\b"
        + @"|\b(передайте|передай) это\b|\bтак (и )?(передайте|передай)\b"
        + @"|\bтерять (мне |нам )?нечего\b|\bнечего (мне )?терять\b"
        + @"|\bвсякое (бывает|случается|может случиться)\b|\bмало ли что\b"
        + @"|\b(подумайте|подумай) о (них|нем|ней|сво\w+|ваш\w+|тво\w+)\b"
        + @"|\b(сделайте|делайте|сделай|делай)( \w+)? выводы\b|\bвыводы (сделайте|делайте)\b"
        + @"|\b(учтите|учти)( это)?$|\bучтите это\b|\bимейте (это )?в виду\b|^(думайте|думай)( \w+)?$"
        + @"|\bрешайте( \w+){0,3} (быстрее|скорее|поскорее)\b|\b(передавай|передавайте) (\w+ )?привет\b"
        + @"|\bничего не (случилось|случится|произошло|произойдет)\b"
        + @"|\bземля круглая\b|\b(еще )?(пересечемся|свидимся)\b|\b(вам|тебе) есть что( терять)?$"
        + @"|\b(вам|тебе) есть что терять\b|\bтерпени\w*( \w+){0,2} (не осталось|кончилось|лопнуло|на исходе)\b"
        + @"|\b(берегите|береги)( \w+)? (их|его|ее|детей|семью|близких)\b|\bпока (можете|можешь|живы)\b"
        + @"|\bпомните об этом\b|\bзапомните это\b";

    [GeneratedRegex(HintPattern)]
    internal static partial Regex HintCue();

    // A means: fire, a weapon, or knowing where the official goes and when.
    private const string MeansPattern =
        @"\b(сгорит|сгорят|сгореть|загорится|загорятся|загореться|горят|горит|полыхнет"
        + @"|вспыхнет|подожгут|сожгут"
        + @"|спалят|поджечь|спалить)\b"
        + @"|\b(канистр[а-я]*|бензин[а-я]*|гранат[а-я]*|ружь[а-я]*|обрез(ом|а)?|пистолет[а-я]*"
        + @"|взрывчатк[а-я]*|тротил[а-я]*|оружи[а-я]*|стрелять|охотнич[а-я]*|оружейн[а-я]*|нож(ик|ичек|и|ом)?)\b"
        + @"|\bадрес(ок|очек)?( \w+){0,2} (у меня|уже есть|есть|знаю|нашел|нашла|выяснил|выяснила)\b|\bв курсе\b"
        + @"|\b(видел|видела|проверил|проверила|запомнил|запомнила|записал|записала|выследил|выследила"
        + @"|выяснил|выяснила|сфотографировал|сфотографировала)\b"
        + @"|\bзнаю (где|когда|во сколько|в какой|на какой|какой|адрес|номер)\b"
        + @"|\bзнаю что( \w+){0,4} (работает|живет|живут|учится|учатся|ходит|ходят|гуляет|гуляют|ставит"
        + @"|паркует)\b"
        + @"|\bво сколько (она|он|они|вы|ты|ваш[а-я]*|тво[а-я]*)( \w+)? (заканчива|выход|уход|возвраща"
        + @"|забира)[а-я]*"
        + @"|\b(каждое утро|каждый вечер|каждый день|по утрам|по вечерам)( \w+){0,3} (выходит|уходит|выезжает"
        + @"|возвращается|гуляет|ходит|идет|едет|забирает|отводит)\b"
        + @"|\b(жаркое|сухое) лето\b|\bлето( \w+){0,2} (жаркое|сухое)\b|\bспич(ки|ек|ками|ку)\b|\bзажигалк\w*";

    [GeneratedRegex(MeansPattern)]
    internal static partial Regex MeansCue();

    // Menace in lawful-sounding words: a threat unless a lawful step is named with it.
    private const string SoftPattern =
        @"\b(пожалеете|пожалеешь|пожалеет|пожалеют|поплатитесь|поплатишься|поплатится"
        + @"|поплатятся)\b|\b(будете|будешь|будет|будут) (об этом )?жалеть\b"
        + @"|\b(узнаете|узнаешь|узнает|узнают|поймете|поймешь|поймет|поймут) (что|как|каково)"
        + @" (бывает|будет|значит|случается)\b"
        + @"|\b(ответите|ответишь)( за это| за все| мне)? (лично|головой|жизнью|здоровьем)\b"
        + @"|\bне словами\b"
        + @"|\b(поговорим|поговорю|разберемся|разберусь|объясню|объясним|разбираться|поговорить)( \w+)?"
        + @" (посвоему|подругому|помужски|понашему|повзрослому)\b"
        + @"|\b(посвоему|подругому|помужски|понашему|повзрослому) (поговорим|поговорю|разберемся|разберусь|объясню"
        + @"|объясним|разбираться|поговорить)\b"
        + @"|\b(лишу|лишим) (вас|тебя|его|ее|их) (здоровья|жизни|головы|зубов)\b"
        + @"|\bпоследствия( \w+)? для (вас|тебя)( \w+){0,3} (печальн|плачевн|тяжел|необратим|страшн|ужасн)\w*"
        + @"|\b(тот|те) и (ответит|ответят)\b|\b(ответит|ответите|ответишь|ответят)( за это| за все)? понастоящему\b"
        + @"|\b(объяснят|научат|покажут)( \w+){0,2} (вам|тебе|ваш\w* \w+) как (надо|нужно|следует)\b"
        + @"|\b(доиграетесь|доиграешься|допрыгаетесь|допрыгаешься|доиграются|допрыгаются)\b|\bдо греха\b"
        + @"|\bдобром( \w+){0,3} не (кончится|закончится)\b(?! для (нас|наш\w*|меня|мо\w+))"
        + @"|\b(плохо|недобром) (кончится|закончится) для (вас|тебя)\b"
        + @"|\b(вам|тебе)( всем)? (будет|станет) (очень )?больно\b(?! (это )?(читать|слышать|видеть|узнать|смотреть))"
        + @"|\b(побоитесь|побоишься|побоится|будете бояться|будешь бояться)( \w+)? (" + GoingOut + @")\b"
        + @"|\b(" + GoingOut + @") (побоитесь|побоишься|побоится|будете бояться|будешь бояться)\b"
        + @"|\b(ходить|ездить|передвигаться|жить)( только)? с охраной\b|\bохрана (вам|тебе|вас|тебя) не"
        + @"|\b(молитесь|молись)\b|\b(жди|ждите|готовьтесь|готовься)( больших| серьезных)? (неприятностей|проблем)\b"
        + @"|\bпока (ты |вы |он |она )?(цел|цела|целы)$"
        + @"|\b(не знаете|не знаешь|не представляете|не представляешь|узнаете|узнаешь|увидите|увидишь)( \w+)?"
        + @" на что (я |мы )?(способен|способна|способны)\b"
        + @"|\b(поговор|разговор|встрет|встреч|побесед|продолж|увид|пообща)\w*( \w+){0,3}"
        + @" (без свидетелей|в темном переулке|в подворотне)\b"
        + @"|\bв бараний рог\b"
        + @"|\b(выйдете|выйдешь)( \w+){0,2} (с|из) \w+( \w+){0,5} (буду ждать|ждать буду|дождусь|подожду|встречу)\b";

    [GeneratedRegex(SoftPattern)]
    internal static partial Regex SoftCue();

    private const string GoingOut = "выходить|выйти|ходить|выглядывать|выглянуть|появляться";

    // Harm wished on someone in the third person.
    private const string DoomPattern =
        @"\b(недолго|немного) (\w+ )?(осталось|жить|ходить|гулять)\b|\bосталось недолго\b"
        + @"|\bжить (\w+ )?(осталось|недолго)\b"
        + @"|\bдолго не (живут|живет|проживет|проживут|протянет|протянут|проживете)\b"
        + @"|\bне (доживет|доживете|доживешь|доживут|дотянет|дотянете|дотянут|дотянул|дотянула|дожил|дожила)\b"
        + @"|\b(кирпич[а-я]*|сосульк[а-я]*)( \w+){0,3} (падают|падает|упадет|свалится) на (голову|головы) "
        + Officials + @"|\bне жить\b|\b(будут|начнутся)( \w+)? проблемы со здоровьем\b"
        + @"|\b(лишитесь|лишишься|лишится|лишатся)( \w+)? (жизни|здоровья)\b";

    [GeneratedRegex(DoomPattern)]
    internal static partial Regex DoomCue();

    // Whose end is meant: the writer's own or his family's («маме недолго осталось») is no threat.
    [GeneratedRegex(@"\b(мне|нам|нас|мой|моя|мою|моей|моему|мои|моих|моим|наш[а-я]*|мам(а|е|у|ы)|мать|матери"
        + @"|пап(а|е|у|ы)|отец|отцу|бабушк[а-я]*|дедушк[а-я]*|ребенок|ребенку|сын|сыну|дочь|дочери|муж|мужу"
        + @"|жена|жене|брат|брату|сестра|сестре|больн[а-я]*|пациент[а-я]*|чтобы|лучше)\b")]
    private static partial Regex OwnSide();

    // Knowing which school, kindergarten or clinic the official's family goes to and when: «дочка ваша в
    // двенадцатую школу ходит», «внуков из садика забирают в пять». A place with no name or number
    // («у вас дети ходят в школу?») is no knowledge.
    private const string Place = @"(школ|садик|сад|секци|поликлиник|кружок|кружк|колледж|институт|гимнази|лице)\w*";

    private const string Goes = "ходит|ходят|учится|учатся|работает|работают|гуляет|гуляют|бегает|бегают|ездит|ездят";

    private const string WhereaboutsPattern =
        @"\b(в|во|на) (?!эт|ту\b|обычн|люб|как)\w+ " + Place + @"( \w+){0,2} (" + Goes + @")\b"
        + @"|\b(" + Goes + @") (в|на) (?!эт|ту\b|обычн|люб|как)\w+ " + Place
        + @"|\b(" + Goes + @")? ?(в|из|на) " + Place + @" (на \w+|номер|\d+)\b"
        + @"|\b" + Place + @" (на \w+|номер \w+|\d+)( \w+)? (" + Goes + @")\b"
        + @"|\b(забирают|забираете|забирает|отводят|приводят)( \w+){0,3} в (\d+|час|два|три|четыре|пять|шесть|семь"
        + @"|восемь)\b";

    [GeneratedRegex(WhereaboutsPattern)]
    internal static partial Regex Whereabouts();

    // Harm alluded to rather than named, counted when the official is addressed or named close by: a
    // funeral, crutches or a face no longer recognised in his future; the next fire, bricks falling or
    // failing brakes near his office, home or car; his family told to move or take another road;
    // knowing his route or hours; people of the writer's who will «deal with» or «visit» him; a fire
    // bottle or a «war» declared on the writer. A lawful step does not excuse these.
    private const string AllusionPattern =
        @"\bогонь не разбирает\b|\bследующ\w* (пожар\w*|жертв\w*)\b"
        + @"|\b(будете|будешь)( \w+)? (хоронить|оплакивать)\b|\b(хоронить|оплакивать) (будете|будешь)\b"
        + @"|\bсобирать( \w+){0,2} по (частям|кусочкам|кускам)\b"
        + @"|\b(будете|будешь)( \w+)? (ездить|ходить|передвигаться) на (костылях|коляске)\b"
        + @"|\b(станет|будет|окажется) для (вас|тебя) последн\w*"
        + @"|\bне (узнаете|узнаешь)( сво\w+| ваш\w*| тво\w*)? (лицо|себя)\b"
        + @"|\bчто такое (настоящая )?(боль|страх)\b|\bвойн\w* (со мной|с нами)\b"
        + @"|\bпусть( \w+){0,4} (поплачет|поплачут|наплачется|наплачутся|помучается|помучаются|посматривает"
        + @"|поглядывает|посматривают|поглядывают)\b"
        + @"|\b(ваш|тво)\w* (" + Family + @")( \w+){0,2} (расплачиваться|расплатятся|расплатится)\b"
        + @"|\b(ваш|тво)\w* (семье|детям|жене|мужу|сыну|дочери|внукам|родным|близким)( \w+)? (придется|стоит"
        + @"|лучше|надо|нужно|следует)( \w+)? (переехать|уехать|сменить|менять|поменять|не ходить|не выходить"
        + @"|переезжать)\b"
        + @"|\bне (ночуйте|ночуй)( \w+)? дома\b"
        + @"|\b(на|у) (вашем|твоем|вашей|твоей|вашего|твоего) (пороге|порога|двери|дверях)\b"
        + @"|\bразнес\w* (\w+ )?по (кирпичику|кирпичам|камешку|бревнышку|щепкам)\b"
        + @"|\bвстрет\w* (вас|тебя)( \w+){0,2} (в темном|в подъезде|в подворотне|в переулке|после работы"
        + @"|у входа|у служебного|у подъезда|возле дома|у дома)\b"
        + @"|\b(ждите|жди|скоро)( \w+){0,3} (к вам|к тебе)( \w+)? (заглянут|зайдут|придут|приедут|наведаются"
        + @"|заедут)\b"
        + @"|\b(мои|наши|мой|наш)( \w+)? (друзья|друг|братья|брат|ребята|люди|знакомые|сын|сыновья|муж"
        + @"|родственники)( \w+){0,8} ((разберутся|разберется) с (вами|тобой|ваш\w*|тво\w*)"
        + @"|(навестят|навестит) (вас|тебя|ваш\w*|тво\w*)|(займутся|займется) (вами|тобой|ваш\w*)"
        + @"|объяснят (вам|тебе)|с (вами|тобой)( \w+)? познакомиться поближе|познакомиться с (вами|тобой) поближе"
        + @"|с (вами|тобой) (сам|сами|лично) поговор\w*|(сам|сами|лично) поговор\w* с (вами|тобой))\b"
        + @"|\bобъясн\w*( \w+){0,2} на пальцах\b"
        + @"|\bесть (люди|ребята|парни|знакомые|друзья)( \w+)? (которые|кто)( \w+){0,6} (с вами|с тобой|вас|тебя"
        + @"|ноги|руки|переломают|покалечат|изобьют|сожгут|разберутся)\b"
        + @"|\b(таких|такие|таким) " + Officials + @"( \w+){0,3} (в овраге|в лесу|в канаве|в реке|в болоте)"
        + @" (находят|находили|найдут)\b"
        + @"|\bчтобы (мы|я)( с \w+)? не (встретились|встретился|встретилась|пересеклись|увиделись)\b"
        + @"|\b(кирпич|сосульк)\w*( \w+){0,3} (падают|падает|упадет|свалится) на (голову|головы)\b"
        + @"|\b(кирпич|сосульк)\w* на (голову|головы)( \w+)? (падают|падает|упадет|свалится)\b"
        + @"|\b(можно|можете|можешь)( \w+){0,2} (и )?не проснуться\b"
        + @"|\bпоможет (топор|нож|ружье|обрез|канистра|бензин|спичка|кулак|бита)\b"
        + @"|\bдолго не (проездит|простоит|прослужит)\b|\bтормоза( \w+){0,3} (ненадежн\w*|откажут|подведут)"
        + @"|\b(отследил|выяснил|знаю|изучил|запомнил|в курсе)\w*( \w+)? (во сколько|когда|где|каким путем"
        + @"|какой дорогой) (вы|ты)( \w+)? (уходите|уходишь|выходите|выходишь|возвращаетесь|возвращаешься"
        + @"|ездите|ездишь|гуляете|гуляешь|паркуетесь|паркуешься|ночуете|ночуешь)\b"
        + @"|\b(знаю|отследил\w*|выяснил\w*|изучил\w*|запомнил\w*) (ваш|твой) (маршрут|график|распорядок)\b"
        + @"|\bзнаю (в какую|в какой|в каком|какую|где|когда|во сколько)( \w+){0,3} (ходит|ходят|учится|учатся"
        + @"|работает|работают|живет|живут|гуляет|ездит) (ваш\w*|тво\w*)\b"
        + @"|\b(ходи|ходите) и (бойся|бойтесь)\b"
        + @"|\b(ваш|тво)\w* (кабинет|офис|контор\w*|гараж\w*|здание)( \w+){0,3} (загорится|сгорит|вспыхнет"
        + @"|полыхнет)\b|\b(загорится|сгорит|вспыхнет|полыхнет) (ваш|тво)\w* (кабинет|офис|контор\w*)\b"
        + @"|\b(бутылк\w*|канистр\w*) с (бензином|зажигательн\w*)( \w+)? (влетит|прилетит|залетит)\b";

    [GeneratedRegex(AllusionPattern)]
    internal static partial Regex AllusionCue();

    // An allusion that needs no addressee: «можно и не проснуться», «поможет топор», «ходи и бойся».
    [GeneratedRegex(@"^(можно|поможет|ходи|ходите)\b")]
    private static partial Regex Unaddressed();

    // The official urged in the imperative or future: «помните об этом», «когда будете отказывать».
    [GeneratedRegex(@"\b(будете|будешь|помните|запомните|учтите|подумайте|ждите)\b")]
    private static partial Regex Urged();

    // What makes someone sent by the writer dangerous.
    private const string DangerPattern =
        @"\b(не в духе|вспыльчив\w*|бандит\w*|братв\w*|церемониться"
        + @"|шутить не (будет|любит|станет)|серьезные (ребята|люди|парни|мужики))\b";

    [GeneratedRegex(DangerPattern)]
    internal static partial Regex DangerCue();

    [GeneratedRegex(@"\b(мои|мой|моего|моих|наши|наш|у меня)( \w+)? (сыновья|сын|братья|брат|муж|друзья|друг|ребята"
        + @"|родственники|знакомые|племянник\w*)\b")]
    private static partial Regex WritersPeople();

    [GeneratedRegex(@"\bсерьезные (ребята|люди|парни|мужики)\b|\bбратв\w*")]
    private static partial Regex Gang();

    [GeneratedRegex(@"\b(пообщаться|поговорить|побеседовать|потолковать|разобраться|разбираться|навестить|наведаться"
        + @"|зайти|заехать|приехать|едет|приедет|придет|придут|приедут|зайдет|зайдут|наведается|наведаются"
        + @"|знают|узнают|найдут|нашли|вычислят|вычислили)\b")]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(обещаю|клянусь|гарантирую|предупреждаю|позабочусь)\b")]
    private static partial Regex Promise();

    // Steps by law a writer can promise: a court, the prosecutor, the press, a deputy, an inspection.
    private const string RecoursePattern =
        @"суд[а-я]*|прокурат[а-я]*|пожалуюсь|жаловаться|губернатор[а-я]*|президент[а-я]*|сми|газет[а-я]*"
        + @"|телевиден[а-я]*|журналист[а-я]*|следствен[а-я]*|депутат[а-я]*|уполномоченн[а-я]*|омбудсмен[а-я]*"
        + @"|инспекци[а-я]*|выговор[а-я]*|проверк[а-я]*|увол[а-я]*|пикет[а-я]*|госдум[а-я]*|обращусь|обратимся"
        + @"|напишу|иск|иска|иску|иском|исковое|исковым";

    [GeneratedRegex(@"\b(" + RecoursePattern + @")\b")]
    private static partial Regex Recourse();

    // The steps, and words that name one in a warning but just as often the appeal itself or its subject
    // («мою жалобу», «по закону положено», «не из полиции»).
    [GeneratedRegex(@"\b(" + RecoursePattern + @"|жалоб[а-я]*|палат[а-я]*|полици[а-я]*|закон[а-я]*)\b")]
    private static partial Regex LawfulStep();

    // «не в суде», «а не по закону»: the writer rules a lawful step out.
    [GeneratedRegex(@"\bне (в суд|через суд|по закону|в прокуратур|напишу|буду писать|жаловаться)"
        + @"|\b(полиции|полиция|охраны|охрана|свидетелей) (рядом )?не (будет|было)"
        + @"|\bбез (полиции|охраны|свидетелей)\b")]
    private static partial Regex NotLawful();

    [GeneratedRegex(@"\bли\b")]
    private static partial Regex Question();
}
