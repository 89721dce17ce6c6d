using System.Text.RegularExpressions;

namespace Otklik.Text.Abuse;

// Insults addressed by the writer to officials. A word that is only an insult needs no more;
// a word that can also describe conduct («жулики», «паразиты») needs a sign that officials
// are meant. An insult the writer reports («специалист назвала меня дурой») or denies
// («я не дурак») is not his, nor one about a private person with no official in sight
// («бывший муж — алкаш и скотина»).
internal static partial class InsultRules
{
    public static void Find(
        string text, IReadOnlyList<DisguisedWord> words, IReadOnlyList<SentenceView> sentences,
        List<AbuseFinding> findings)
    {
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            var reportedFrom = ReportedFrom(words, sentence);
            foreach (var match in reportedFrom == int.MaxValue && (sentence.Found & SentenceView.InsultPhrase) != 0
                ? Phrase().Matches(sentence.Text)
                : Enumerable.Empty<Match>())
            {
                var (first, last) = sentence.WordsOf(match);
                findings.Add(AbuseDetector.Finding(AbuseCategory.Insult, text, words[first], words[last],
                    "оскорбительное выражение"));
            }

            var end = Math.Min(reportedFrom, sentence.First + sentence.Count - 1);
            bool? targeted = null;
            for (var i = sentence.First; i <= end; i++)
            {
                var kind = Strength(words, sentence, i);
                if (kind == Kind.None)
                {
                    continue;
                }

                targeted ??= IsTargeted(words, sentence);
                if (IsAimed(text, words, sentences, k, i, kind, targeted.Value))
                {
                    findings.Add(AbuseDetector.Finding(AbuseCategory.Insult, text, words[i], words[i],
                        kind == Kind.Strong ? "оскорбительное слово" : "оскорбление в адрес сотрудников"));
                }
            }
        }
    }

    // Where the writer starts reporting someone else's words.
    private static int ReportedFrom(IReadOnlyList<DisguisedWord> words, SentenceView sentence)
    {
        for (var i = sentence.First; i < sentence.First + sentence.Count; i++)
        {
            if (Reporting.Contains(words[i].Normal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    // Whether officials are meant in the sentence, looked at only when a word can insult;
    // «мошенники, которые представляются сотрудниками соцзащиты» speaks of impostors, not of officials.
    private static bool IsTargeted(IReadOnlyList<DisguisedWord> words, SentenceView sentence)
    {
        var targeted = false;
        for (var i = sentence.First; i < sentence.First + sentence.Count; i++)
        {
            if (Impersonation.Contains(words[i].Normal))
            {
                return false;
            }

            targeted |= Target.Contains(words[i].Normal);
        }

        return targeted;
    }

    private static bool IsAimed(
        string text, IReadOnlyList<DisguisedWord> words, IReadOnlyList<SentenceView> sentences, int k, int i,
        Kind kind, bool targeted)
    {
        var sentence = sentences[k];
        var aimed = kind switch
        {
            Kind.Strong => true,
            Kind.Weak => targeted || IsCalledOut(text, words, sentences, k, i) || IsAtWorkplace(words, sentence, i)
                || IsOfTheOffice(words, sentence, i),
            Kind.Figurative => IsEquated(text, words, sentence, i) || IsCalledOut(text, words, sentences, k, i),
            _ => false,
        };
        return aimed && (targeted || !IsAboutPrivatePerson(words, sentence))
            && !IsNextToPrivatePerson(words, sentence, i) && !IsDenied(words, sentence, i)
            && !IsLiteral(words, sentence, i) && !IsAboutWriter(words, sentence, i)
            && !IsSelf(text, words, sentence, i);
    }

    // How much a word insults by itself: a word that is only an insult, one that can also describe conduct,
    // a figure («индюк», «тормоз», «кукла») that insults only when said of a person, or a plain word for a
    // person. An evaluative adjective next to the word («продажные шкуры», «мерзкая тётка») makes the insult plain.
    private enum Kind
    {
        None,
        Person,
        Figurative,
        Weak,
        Strong,
    }

    private static Kind Strength(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var kind = KindOf(words[i]);
        if (kind is Kind.Weak or Kind.Figurative or Kind.Person
            && ((i > sentence.First && Evaluative().IsMatch(words[i - 1].Normal))
                || (i + 1 < sentence.First + sentence.Count && Evaluative().IsMatch(words[i + 1].Normal))))
        {
            return Kind.Strong;
        }

        return kind;
    }

    // A hyphenated word counts by its strongest part («чиновники-воришки»).
    private static Kind KindOf(DisguisedWord word)
    {
        // «горе-специалисты», «горе-руководитель»: the prefix mocks whatever follows it.
        if (word.Parts.Count >= 2 && word.Parts[0] == "горе")
        {
            return Kind.Strong;
        }

        var kind = KindOf(word.Normal);
        foreach (var part in word.Parts)
        {
            kind = (Kind)Math.Max((int)kind, (int)KindOf(part));
        }

        return kind;
    }

    private static Kind KindOf(string w) =>
        Strong().IsMatch(w) ? Kind.Strong
        : Weak().IsMatch(w) ? Kind.Weak
        : Figurative.Contains(w) ? Kind.Figurative
        : PlainPerson.Contains(w) ? Kind.Person
        : Kind.None;

    // The figure is said of the reader or of an official: «вы там все тормоза», «ваш директор — индюк»,
    // «корова из регистратуры».
    // «курица в 12 кабинете», «кукла в пятом окне», «мартышка с маникюром за стойкой»: someone at a desk
    // of the office.
    private static bool IsAtWorkplace(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var end = Math.Min(sentence.First + sentence.Count, i + 6);
        for (var j = i + 1; j < end - 1; j++)
        {
            var place = Workplace.Contains(words[j + 1].Normal) ? j + 1
                : j + 2 < end && Workplace.Contains(words[j + 2].Normal) ? j + 2 : -1;
            if (words[j].Normal is "в" or "за" or "на" && place > 0
                && (place + 1 >= words.Count || !Intake.Contains(words[place + 1].Normal)))
            {
                return true;
            }
        }

        return false;
    }

    // «корова из регистратуры», «овца из пенсионного», «клоуны из центра занятости», «кулёма ваша»,
    // «ботало ваш юрист»: someone of the office, or the reader's.
    private static bool IsOfTheOffice(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var end = sentence.First + sentence.Count;
        if (i + 2 < end && words[i + 1].Normal == "из"
            && (Target.Contains(words[i + 2].Normal) || Institution.Contains(words[i + 2].Normal)
                || (i + 3 < end && words[i + 2].Normal.StartsWith("центр", StringComparison.Ordinal)
                    && Institution.Contains(words[i + 3].Normal))))
        {
            return true;
        }

        return (i - 1 >= sentence.First && IsYours(words[i - 1].Normal))
            || (i + 1 < end && IsYours(words[i + 1].Normal));
    }

    private static bool IsYours(string word) => word is "ваш" or "ваша" or "ваши" or "твой" or "твоя";

    private static readonly WordList Institution = WordList.Of(
        "пенсионного|пенсионном|пенсионный|собеса|собесе|фонда|администрации|бюро|мсэ|сфр|пфр|занятости" +
        "|соцобслуживания|социального|соцзащиты|опеки|кцсон|минтруда");

    private static readonly WordList Workplace = WordList.Of(
        "окне|окошке|окошечке|кабинете|регистратуре|приемной|стойкой|столом|приеме|ресепшене|ресепшн|вахте");

    // «на приёме пищи»: a meal, not a desk.
    private static readonly WordList Intake = WordList.Of("пищи|еды|лекарств|лекарства|таблеток|витаминов");

    private static bool IsEquated(string text, IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var end = sentence.First + sentence.Count;
        if (IsOfTheOffice(words, sentence, i) || IsAtWorkplace(words, sentence, i))
        {
            return true;
        }

        for (var j = Math.Max(sentence.First, i - 3); j <= Math.Min(i + 1, end - 1); j++)
        {
            if (words[j].Normal is "вы" or "ты")
            {
                return true;
            }
        }

        var dash = -1;
        for (var j = i; j > sentence.First && dash < 0; j--)
        {
            var gap = text.AsSpan(words[j - 1].Start + words[j - 1].Length, words[j].Start - words[j - 1].Start
                - words[j - 1].Length);
            dash = gap.IndexOfAny("—–") >= 0 || gap.Contains(" - ", StringComparison.Ordinal) ? j : -1;
        }

        // The person before the dash, not a thing of his («ваш подарок — мягкая кукла»).
        for (var j = sentence.First; j < dash; j++)
        {
            var w = words[j].Normal;
            var possessive = w.StartsWith("ваш", StringComparison.Ordinal) || w is "эти" or "все";
            if (Target.Contains(w) && (!possessive || IsName(text, words, sentence, j + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // «Жулики, верните деньги», «Бездельники! Полгода не можете назначить выплату»: a word that opens the
    // sentence and is set off by a comma or «!» calls out the reader when he is spoken to, there or just after.
    private static bool IsCalledOut(
        string text, IReadOnlyList<DisguisedWord> words, IReadOnlyList<SentenceView> sentences, int k, int i)
    {
        var end = words[i].Start + words[i].Length;
        if (i - sentences[k].First > 2 || end >= text.Length || text[end] is not (',' or '!'))
        {
            return false;
        }

        var last = k + 1 < sentences.Count ? sentences[k + 1] : sentences[k];
        for (var j = sentences[k].First; j < last.First + last.Count; j++)
        {
            if (IsSpokenTo(words, sentences[k].First, j))
            {
                return true;
            }
        }

        return false;
    }

    // «вы», «ваш», or a verb in the second person plural («можете», «верните», «ответьте»), which a noun after
    // a preposition («в кабинете», «на сайте») only looks like.
    private static bool IsSpokenTo(IReadOnlyList<DisguisedWord> words, int first, int j)
    {
        var w = words[j].Normal;
        if (w is "вы" or "вас" or "вам" or "вами" || w.StartsWith("ваш", StringComparison.Ordinal))
        {
            return true;
        }

        return w.Length >= 5 && w[^2..] is "те" && w[^3] is 'е' or 'и' or 'й' or 'ь'
            && (j == first || words[j - 1].Normal is not ("в" or "во" or "на" or "о" or "об" or "при" or "по"));
    }

    // «Ваша Петрова»: a capital letter inside the sentence starts a surname.
    private static bool IsName(string text, IReadOnlyList<DisguisedWord> words, SentenceView sentence, int j) =>
        j > sentence.First && j < sentence.First + sentence.Count && char.IsUpper(text[words[j].Start]);

    // «Зять у меня распиздяй», «Сосед — пиздабол»: a person of the writer's circle, no official in sight;
    // «Зять мой — распиздяй, опеку надо оформить»: the writer's person next to the word, whatever else the
    // sentence names; «Дурак я старый»: the writer himself.
    public static bool IsAboutPrivatePersonOrSelf(
        string text, IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i) =>
        (IsAboutPrivatePerson(words, sentence) && !IsTargeted(words, sentence))
        || IsNextToPrivatePerson(words, sentence, i) || IsSelf(text, words, sentence, i);

    // Only where the reader is not spoken to: «Сволочи, если внучку отдадут в приют, я вас…» insults the
    // reader, whoever else is near.
    private static bool IsNextToPrivatePerson(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var last = sentence.First + sentence.Count;
        for (var k = sentence.First; k < last; k++)
        {
            if (Reader.Contains(words[k].Normal))
            {
                return false;
            }
        }

        for (var k = Math.Max(sentence.First, i - 2); k < Math.Min(last, i + 3); k++)
        {
            if (k != i && PrivatePerson().IsMatch(words[k].Normal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordList Reader = WordList.Of(
        "вы|вас|вам|вами|ты|тебя|тебе|тобой|твой|твоя|твои|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|ваших");

    private static bool IsAboutPrivatePerson(IReadOnlyList<DisguisedWord> words, SentenceView sentence)
    {
        for (var i = sentence.First; i < sentence.First + sentence.Count; i++)
        {
            if (PrivatePerson().IsMatch(words[i].Normal))
            {
                return true;
            }
        }

        return false;
    }

    // «тупая боль», «тупой нож»: the adjective describes a thing, not a person.
    // «сука лабрадора», «вши и гниды»: an animal word in a sentence about animals.
    private static bool IsLiteral(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i) =>
        (i + 1 < sentence.First + sentence.Count && words[i].Normal.StartsWith("туп", StringComparison.Ordinal)
            && Thing().IsMatch(words[i + 1].Normal))
        || (Animal().IsMatch(words[i].Normal) && AnimalSense().IsMatch(sentence.Text));

    [GeneratedRegex("^(сук|гнид|свин|коз|кур|овц|баран|коров|жаб|крыс|ишак|осл|шавк|клуш|бегемот)")]
    private static partial Regex Animal();

    [GeneratedRegex(@"\b(собак|пес|псы|пса|щен|пород|лабрадор|овчарк|поводыр|кличк|вшей|вши|педикул|ветеринар"
        + @"|скотин|ферм|подворь|птичник|хлев|сарай|корм|лает|лают|лаял|гавка|поводк|ошейник|хвост|кусает|укусил)")]
    private static partial Regex AnimalSense();

    // «обращаются со мной как с быдлом»: the writer says how he was treated.
    private static bool IsAboutWriter(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        var from = Math.Max(sentence.First, i - 5);
        var hasAs = false;
        var hasMe = false;
        for (var k = from; k < i; k++)
        {
            hasAs |= words[k].Normal is "как" or "будто" or "словно" or "за";
            hasMe |= words[k].Normal
                is "меня" or "мной" or "мне" or "нас" or "нами" or "нам" or "я" or "мы";
        }

        return hasAs && hasMe;
    }

    // «вы не бездельники», «я не считаю вас бездельниками», «не назову вас лентяями».
    private static bool IsDenied(IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        if (i - 1 >= sentence.First && words[i - 1].Normal == "не")
        {
            return i - 2 < sentence.First
                || words[i - 2].Normal
                    is "я" or "мы" or "же" or "ведь" or "вы" or "ты" or "вовсе" or "отнюдь" or "совсем";
        }

        for (var k = Math.Max(sentence.First, i - 4); k < i - 1; k++)
        {
            if (words[k].Normal == "не" && Judging().IsMatch(words[k + 1].Normal))
            {
                return true;
            }
        }

        return false;
    }

    // «чувствую себя идиоткой».
    [GeneratedRegex("^(чувству|почувствова|ощуща|считаю|выгляж|выгляде)")]
    private static partial Regex Feeling();

    [GeneratedRegex("^(счита|называ|назов|назвал|сочту|посчита|говор|скаж|хочу)")]
    private static partial Regex Judging();

    // «я старая дура», «я, наверное, тупой», «дурак я старый»: the writer calls himself names.
    private static bool IsSelf(string text, IReadOnlyList<DisguisedWord> words, SentenceView sentence, int i)
    {
        // «Дурак я старый», not «Уроды, я приду»: the word and «я» with only a space between.
        if (i + 1 < sentence.First + sentence.Count && words[i + 1].Normal == "я"
            && text.AsSpan(words[i].Start + words[i].Length, words[i + 1].Start - words[i].Start - words[i].Length)
                .IsWhiteSpace())
        {
            return true;
        }

        for (var k = i - 1; k >= Math.Max(sentence.First, i - 3); k--)
        {
            if (words[k].Normal == "я"
                || (words[k].Normal == "себя" && k > sentence.First && Feeling().IsMatch(words[k - 1].Normal)))
            {
                return true;
            }

            if (Target.Contains(words[k].Normal))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex("^(идиот(ы|а|у|ом|е|ов|ам|ами|ах|ка|ки|ку|кой|ке|ина|ины)?$" +
        "|дебил|дибил|кретин|придур|мраз|сволоч|сволот|ублюд" +
        "|подон|твар(ь|и|ей|ям|ями)$|урод(ы|ов|ам|ами|ина|ины|ец|цы)?$" +
        "|быдл|скоты$|скотин|козл(ы|ина|ины|ов|ам|ами)$|козел$" +
        "|сук(а|и|ам|ами|ой)$|шлюх|чмо|чмош" +
        "|дур(а|ы|ак|аки|аков|акам|ра|еха|ехи|ачье)$|тупорыл|тупоголов" +
        "|туп(ой|ая|ые|ых|ым|ыми|ица|ицы)$|безмозгл|дармоед|ворюг" +
        "|кровопийц|упыр|нахлебник|недоумк|недоумок|олух|бестолоч" +
        "|дегенерат|имбецил|выродк|выродок|гнид|мерзав|негодя" +
        "|подлец|дебилоид|отморозк|падл|гандон|говнюк|засранц" +
        "|засранец|ушлепк|ушлепок|ничтожеств|бездар(и|ей|ям|ями|ь)$" +
        "|жаб(а|ы)$|боров$|баран(ы|ов|ам|ами)$|сволоч|уродин|кровосос|болван|хабалк|хамло|чинуш" +
        "|гадюк|грымз|мымр(а|ы|ой)$|маразматик|самодур|недоучк|тупиц|бюрократиш(к|ек)|вориш(к|ек)|пьянь$|стерв" +
        "|подколодн|пустоголов|тугодум|слабоумн|полудур|бабищ|неотесанн|дуболом|писарчук|бумагомара|секретутк" +
        "|тунеяд|муда?к|мудил|мудач|мудозв|даун(ы|ов|ам|ами)?$|вахлак|ботало|кулем|шлынд|халд(а|ы|ой)$" +
        "|баламош|раззяв|остолоп|лошар" +
        "|жополиз|лизоблюд|шавк|клуш|чурбан|вертуха|дрян(ь|и)$|маразматичк|бегемотих|толстозад|недоуч|барыг" +
        "|коновал|кровосос|мразот|паскуд|сволота|гаденыш|гадин|стервоз|курв|шалав|хапуг|ирод(ы|а)?$|иуд(а|ы)$" +
        "|(чиновн|инспектор|начальн|бюрократ|специалист|министр|директор|клерк|депутат)(ишк|ишек|ичек|ичк))")]
    private static partial Regex Strong();

    // A large alternation runs in linear time on the automaton engine, without backtracking per position.
    private static readonly Regex PhraseRegex = new(
        PhrasePattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private const string PhrasePattern =
        "пустое место|вор на воре|на шее (народа|у народа|людей)" +
        "|стадо баранов|сборище [а-я]+|канцелярские крысы|крысы канцелярские" +
        "|жирный боров|(старая|мерзкая|жирная) " +
        "(жаба|корова|свинья|тварь)|(вы|ты) (никто|ноль|пустое)" +
        "|сиятельство|величество|высокоблагородие|превосходительство|высочество" +
        "|(мозгов|мозги|умом|соображаете|соображает|соображаешь)( [а-я]+){0,4} как (у )?[а-я]+";

    internal static Regex Phrase() => PhraseRegex;

    // Every alternative of the phrases holds one of these; the automaton runs only where one is found.
    public static readonly string[] PhraseWords =
    [
        "пустое", "вор на воре", "на шее", "стадо баранов", "сборище", "крысы", "боров", "старая", "мерзкая",
        "жирная", "никто", "ноль", "сиятельство", "величество", "высокоблагородие", "превосходительство",
        "высочество", "мозгов", "мозги", "умом", "соображаете", "соображает", "соображаешь",
    ];

    [GeneratedRegex("^(муж|бывш|сосед|сожител|свекр|свекров|тещ|тесть|зять|отчим|мачех|отец|отца|отцу|брат" +
        "|работодател" +
        "|сестр|сын|дочь|дочер|племянни|коллектор|внук|внучк|мошенник|аферист|таксист)")]
    private static partial Regex PrivatePerson();

    [GeneratedRegex("^(боль|болит|боли|нож|ножи|ножом|ножницы|угол|удар" +
        "|конец|карандаш|пила)$")]
    private static partial Regex Thing();

    [GeneratedRegex("^(бездельник|паразит|жулик|вор(ы|ье|ье)$|мошенник" +
        "|крыс(ы|а)$|свин(ья|ьи|ьям|ьями|ота)$|курица$|овц(а|ы)$" +
        "|гад(ы|ов|ина)?$|лох(и|ов)?$|холу|зажравш|бюрократишк" +
        "|взяточник|хапуг|казнокрад|нелюд|лентя(и|ев|ям|ями|й)$" +
        "|вор(ов|ам)?$|ворь[её]$|хам(ы|ов|ам|ами|ка|ки|ку|кой)$|неуч(и|ей)?$" +
        "|лодыр|трус(ы|ов|иха)?$|врун|лгун|лицемер(ы|ов|ам|ами|ка|ки)?$|тиран(ы|ов)?$|шарлатан|позорищ" +
        "|бесстыж(ие|ий|ая|их|ими)$|алкаш|пьяниц(а|ы)$|неумех|невеж(а|и|ды)$|снобы$|недалек(ие|ий|ая|их)$" +
        "|отупел|отупевш|оскотинел|оскотинил|воровк|лентяйк)")]
    private static partial Regex Weak();

    private static readonly string[] JudgingStems =
    [
        "подл", "мерзк", "гнусн", "лжив", "продажн", "бездушн", "бессовестн", "бесстыж", "никчемн", "напыщенн",
        "ленив", "жалк", "безграмотн", "бездарн", "зажравш", "обнаглевш",
    ];

    // Figures that insult only when said of a person: animals, things, nobodies, and judging adjectives
    // («вы подлые», «ваш директор — напыщенный»). Fixed forms, so a set lookup rather than a pattern per word.
    private static readonly WordList Figurative = new(
        [
            "осел", "ослы", "ослов", "ослам", "ослами", "ослица", "ослицы", "индюк", "индюки", "индюков", "змея",
            "змеи", "змей", "змеюка", "змеюки", "корова", "коровы", "корове", "корову", "коровой", "коты", "котов",
            "кукла", "куклы", "куклой", "клоун", "клоуны", "клоунов", "клоунам", "клоунами", "тормоз", "тормоза",
            "тормозы", "тормозов", "шкура", "шкуры", "балласт", "тряпка", "тряпки", "шут", "шуты", "шутов", "обезьяна",
            "обезьяны", "ишак", "ишаки", "ишаков", "гиена", "гиены", "шакал", "шакалы", "шакалов", "пиявка", "пиявки",
            "клопы", "клопов", "тараканы", "тараканов", "умник", "умники", "умников", "пень", "пни", "курица",
            "курицы", "валенок", "валенки", "табуретка", "мясник", "мясники", "моль", "холуи", "глиста", "глисты",
            "яга", "кощей", "шапокляк", "гринч", "дуремар", "голлум", "бармалей", "карабас", "кикимора", "кикиморы",
            "дятел", "дятлы", "павлин", "крокодил", "крокодилы", "крокодилица", "манекен", "манекены", "плесень",
            "дубина", "дубины", "кабачок", "пельмень", "автоответчик", "клоунесса",
            .. JudgingStems.SelectMany(stem => new[] { "ые", "ие", "ый", "ий", "ая" }.Select(end => stem + end)),
        ],
        ["пустышк", "мартышк"]);

    // Adjectives that judge the person they go with.
    [GeneratedRegex("^(продажн|лжив|подл(ый|ая|ые|ых|ым|ыми)$|напыщенн|жирн(ый|ая|ые|ых)$|ленив(ый|ая|ые|ых)$" +
        "|бездушн|обнаглевш|зажравш|мерзк(ий|ая|ие|их)$|гнусн|жалк(ий|ая|ие|их)$|никчемн|безграмотн|недоделанн" +
        "|неотесанн|бездарн|бесстыж|бессовестн(ый|ая|ые|ых)$|туп(ой|ая|ые|ых)$|тупорыл|безмозгл|пустоголов" +
        "|моральн(ый|ые)$|канцелярск|конторск|вонюч)")]
    private static partial Regex Evaluative();

    // Plain words for a person, insulting only with an evaluative adjective («мерзкая тётка»).
    private static readonly WordList PlainPerson = WordList.Of(
        "тетка|тетки|тетку|теткой|девица|девицы|девицей|баба|бабы|бабу|бабой|мужик|мужики|мужиков|люди|тип|типы" +
        "|типов|особа|особы");

    private static readonly WordList Impersonation = WordList.Of(
        "видом|имени",
        "представля|представивш|представил|назвавш|назвалис|назвался|назвалась|выдают|выдавая|выдающ|притворя" +
        "|прикидыва");

    // Who is addressed or meant: the official, the office, «вы».
    private static readonly WordList Target = WordList.Of(
        "вы|вас|вам|вами|ты|тебя|тебе|тобой|твой|твоя|эти",
        "ваш|чиновн|сотрудни|специалист|министр|министерств|соцзащит|начальни|руковод|инспектор|работни|служащ" +
        "|отдел|управлени|комисси|депутат|власт|оператор|приемн|канцелярск|соцработн|опек|мфц|контор|окн" +
        "|заведующ|директор|юрист|бухгалтер|регистратур|окошк|начальств");

    private static readonly WordList Reporting = WordList.Of(
        "назвал|назвала|назвали|назовут|обозвал|обозвала|обозвали|обзывал|обзывала|обзывает|обзывают|называл" +
        "|называла|называет|называют|сказал|сказала|сказали|заявил|заявила|кричал|кричала|крикнул|крикнула" +
        "|ответил|ответила|оскорбил|оскорбила|оскорбили|считает|считают|пишет|писал|мол|якобы|кричит|кричат" +
        "|говорит|говорят|заявляет|орет|орал|орала|ругается|ругалась|ругался|обозвать|называть");
}
