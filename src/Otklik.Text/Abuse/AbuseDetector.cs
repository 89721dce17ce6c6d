using System.Text.RegularExpressions;

namespace Otklik.Text.Abuse;

// Finds obscene language, insults addressed to officials and threats made by the writer.
// Matching works on whole words after undoing disguises, anchored at the start of a word (with the
// prefixes Russian builds derivatives with), so innocent words that merely contain a bad substring
// («рубля», «употреблять», «себе», «застрахуйте») are never flagged.
// People decide; this only finds.
public sealed partial class AbuseDetector
{
    private readonly ThreatModel? _threats;

    public AbuseDetector(ThreatModel? threats)
    {
        _threats = threats;
    }

    // The rules with the threat model trained on the corpora shipped with the library.
    public static AbuseDetector Default => Shipped.Value;

    private static readonly Lazy<AbuseDetector> Shipped = new(() => new AbuseDetector(ThreatModel.Shipped));

    public AbuseResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysed = Analysed.Of(text);
        var words = analysed.Words;
        var findings = new List<AbuseFinding>();

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if ((ObsceneRule(word) ?? (word.Parts.Count == 0
                    ? null
                    : word.Parts.Select(p => ObsceneRule(word with { Normal = p, Parts = [] }))
                        .FirstOrDefault(r => r is not null))) is { } rule)
            {
                findings.Add(Finding(AbuseCategory.Obscene, text, word, word, rule));
            }
        }

        var sentences = analysed.Sentences;
        InsultRules.Find(text, words, sentences, findings);
        ThreatRules.Find(text, words, sentences, analysed.Reported, findings);
        AddModelThreat(text, analysed, findings);
        AddNameCalling(text, words, sentences, findings);
        QuotedSpeech.RemoveQuotedInsultsAndThreats(text, findings);
        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new AbuseResult(findings);
    }

    // A threat in wording no rule knows, where the model weighs the text's cues together as one.
    private void AddModelThreat(string text, Analysed analysed, List<AbuseFinding> findings)
    {
        if (_threats is null || findings.Any(f => f.Category == AbuseCategory.Threat)
            || _threats.MostThreatening(analysed) is not { } k)
        {
            return;
        }

        var sentence = analysed.Sentences[k];
        findings.Add(Finding(AbuseCategory.Threat, text, analysed.Words[sentence.First],
            analysed.Words[sentence.First + sentence.Count - 1], "сочетание признаков угрозы"));
    }

    // Obscene words that name a person («мудаки», «уебки», «бл*дь бессовестная», «ебаный бюрократ») are
    // insults as well as obscenities, unless the writer's own people or the writer himself are meant («зять
    // у меня распиздяй», «я долбоёб») and no person is named after the word, or the adjective describes a
    // thing («ебанутые сроки»).
    private static void AddNameCalling(
        string text, IReadOnlyList<DisguisedWord> words, IReadOnlyList<SentenceView> sentences,
        List<AbuseFinding> findings)
    {
        foreach (var obscene in findings.Where(f => f.Category == AbuseCategory.Obscene).ToList())
        {
            var at = IndexOf(words, obscene.Start);
            var covered = findings.Any(f => f.Category == AbuseCategory.Insult && f.Start == obscene.Start);
            if (at < 0 || covered)
            {
                continue;
            }

            var word = words[at];
            var next = at + 1 < words.Count && IsAdjacent(text, word, words[at + 1]) ? words[at + 1] : null;
            var sentence = sentences.First(v => at < v.First + v.Count);
            var namesPerson = next is not null && Person().IsMatch(next.Normal);
            if ((!namesPerson && InsultRules.IsAboutPrivatePersonOrSelf(text, words, sentence, at))
                || DescribesAThing(word, next))
            {
                continue;
            }

            if (ObscenePerson().IsMatch(word.Normal) || (next is not null && CanBeBlyad(word) && IsAdjective(next)))
            {
                findings.Add(obscene with { Category = AbuseCategory.Insult, Rule = "бранное слово о человеке" });
            }
            else if (next is not null && IsObsceneAdjective(word) && Person().IsMatch(next.Normal))
            {
                findings.Add(Finding(AbuseCategory.Insult, text, word, next, "бранное слово о человеке"));
            }
        }
    }

    // «ебанутые сроки», «уебищный интерфейс»: an obscene adjective of a thing names no one.
    private static bool DescribesAThing(DisguisedWord word, DisguisedWord? next) =>
        next is not null && Adjective().IsMatch(word.Normal) && !Person().IsMatch(next.Normal)
        && !Pronominal().IsMatch(next.Normal);

    private static int IndexOf(IReadOnlyList<DisguisedWord> words, int start)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    // Only spaces between: «блядь, опять очередь» is an interjection, «блядь бессовестная» names a person.
    private static bool IsAdjacent(string text, DisguisedWord word, DisguisedWord next) =>
        next.Sentence == word.Sentence
        && text.AsSpan(word.Start + word.Length, next.Start - word.Start - word.Length).IsWhiteSpace();

    private static bool CanBeBlyad(DisguisedWord word) =>
        word.Normal is "блядь" or "блять"
        || (word.Masked && (Fits(word.Normal, "блядь") || Fits(word.Normal, "блять")));

    private static bool IsAdjective(DisguisedWord word) =>
        word.Normal.Length >= 5 && Adjective().IsMatch(word.Normal) && !Pronominal().IsMatch(word.Normal);

    private static bool IsObsceneAdjective(DisguisedWord word) =>
        word.Masked
            ? ObsceneAdjectives.Any(form => Fits(word.Normal, form))
            : ObsceneAdjective().IsMatch(word.Normal);

    private static readonly string[] ObsceneAdjectives =
    [
        "ебаный", "ебаная", "ебаные", "ебаного", "ебаному", "ебаной", "ебаную", "ебаным",
        "ебучий", "ебучая", "ебучие", "блядский", "блядская", "блядские", "хуевый", "хуевая",
    ];

    internal static AbuseFinding Finding(
        AbuseCategory category, string text, DisguisedWord first, DisguisedWord last, string rule)
    {
        var end = last.Start + last.Length;
        return new AbuseFinding(category, first.Start, end - first.Start, text[first.Start..end], rule);
    }

    private static string? ObsceneRule(DisguisedWord word)
    {
        var w = word.Normal;
        var second = word.SecondReading;
        if (w.Length < 2 || !(second.Length > 0 || MayBeObscene(w)))
        {
            return null;
        }

        if (word.Masked)
        {
            return MaskedRule(w);
        }

        return RootRule(w) ?? SecondRule(second) ?? (Translit().IsMatch(w) ? "мат латиницей" : null);
    }

    private static string? SecondRule(string second)
    {
        if (second.Length == 0)
        {
            return null;
        }

        return second.Contains('*', StringComparison.Ordinal) ? MaskedRule(second) : RootRule(second);
    }

    private static string? RootRule(string w)
    {
        if (Khuy().IsMatch(w) && !KhuyInnocent().IsMatch(w))
        {
            return "корень «хуй»";
        }

        if (Pizd().IsMatch(w))
        {
            return "корень «пизд»";
        }

        if (Yob().IsMatch(w) && !YobInnocent().IsMatch(w))
        {
            return "корень «еб»";
        }

        if (Blyad().IsMatch(w))
        {
            return "корень «бляд»";
        }

        return null;
    }

    // Every root needs one of these letter pairs; most words have none, so the regular expressions rarely run.
    private static bool MayBeObscene(string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (w[i] == '*' || (w[i], next) is ('х', 'у') or ('з', 'д') or ('з', 'ж') or ('е', 'б') or ('б', 'л'))
            {
                return true;
            }
        }

        return w.StartsWith("епт", StringComparison.Ordinal) || (w[0] is >= 'a' and <= 'z');
    }

    // A word hidden behind stars is read as the bad word it can only be.
    private static string? MaskedRule(string w)
    {
        var letters = w.Replace("*", "", StringComparison.Ordinal);
        if (letters.Length == 0 || w.Length < 3)
        {
            return null;
        }

        return MaskedForms.Any(form => Fits(w, form)) || FilledRoot(w)
            ? "слово, скрытое звёздочками"
            : null;
    }

    // A star inside a word that hides part of a root in any form the list lacks («е*утся», «за*али»): the
    // word read with the star as one of the root's letters has the root. A star at either end hides too much
    // to tell («х*р» is no root with one letter in place of the star).
    private static bool FilledRoot(string w)
    {
        var star = w.IndexOf('*', StringComparison.Ordinal);
        if (star <= 0 || star == w.Length - 1 || w.IndexOf('*', star + 1) >= 0)
        {
            return false;
        }

        foreach (var filler in RootLetters)
        {
            if (RootRule(string.Concat(w.AsSpan(0, star), filler, w.AsSpan(star + 1))) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RootLetters =
        ["х", "у", "й", "е", "я", "ю", "и", "п", "з", "д", "ж", "б", "л", "т", "из", "зд", "еб", "ля"];

    // Whether a masked word can be read as the form: each star stands for one to four letters.
    private static bool Fits(ReadOnlySpan<char> mask, ReadOnlySpan<char> form)
    {
        if (mask.IsEmpty)
        {
            return form.IsEmpty;
        }

        if (mask[0] != '*')
        {
            return !form.IsEmpty && form[0] == mask[0] && Fits(mask[1..], form[1..]);
        }

        for (var take = 1; take <= Math.Min(4, form.Length); take++)
        {
            if (Fits(mask[1..], form[take..]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MaskedForms =
    [
        "блять", "блядь", "бляди", "блядский", "пиздец", "пизда", "пизды",
        "пиздеж", "пиздят", "пиздите", "хуй", "хуя", "хуйня", "хуйню", "нахуй",
        "похуй", "охуели", "охуеть", "ебать", "ебаный", "ебаные", "ебут",
        "заебали", "заебал", "наебали", "уебки", "уебок", "ебанутые",
        "ебло", "пиздюк", "распиздяи", "хуево", "хули",
        "блядские", "блядская", "блядство", "пиздос", "ебись", "ебаться",
        "хуевый", "охуенно", "выебываться", "пиздеть", "пиздит", "уебан",
        "заебись", "ебало", "нахуя", "похую", "хуйло", "пиздабол",
        "ебаная", "ебаное", "ебаную", "ебаной", "ебаного", "ебаному", "ебаных", "ебаным",
        "ебучий", "ебучая", "ебучие", "хуевая", "хуевое", "хуевые", "хуевой", "пиздато",
        "нихуя", "ахуеть", "охуевшие", "уебище", "пиздеж", "выебываются", "хуета", "хуету", "хуеты", "хуетой",
    ];

    // Prefixes that build derivatives of the root; "с" and "в" only with a hard or soft sign
    // («себе», «вебинар»).
    private const string YobPrefixes =
        "(за|на|у|вы|от|отъ|оть|съ|сь|по|про|раз|разъ|разь|рас|до|въ|вь" +
        "|пере|при|из|изъ|изь|об|объ|обь|под|подъ|подь|о|недо|долбо)?";

    // «хули» and «хуля» come from the root too; «хулиган» does not.
    [GeneratedRegex("^(о|а|на|по|ни|до|за|рас|раз|вы|от|при)?ху[йяеюи]|^хул[иья]$")]
    private static partial Regex Khuy();

    [GeneratedRegex("^(хуан|хуит)")]
    private static partial Regex KhuyInnocent();

    [GeneratedRegex("^(о|с|рас|раз|за|на|вы|от|по|при|у|до|под|пере" +
        "|ис|из|ни)?п[ие]з[дж]")]
    private static partial Regex Pizd();

    // «ёпта», «ёптыть»: the root clipped before «б».
    [GeneratedRegex("^" + YobPrefixes + "еб(а|у|е|л|н|и|ы|о|ш|к|ч|$)|^епт(а|ь|ыть|ить)?$")]
    private static partial Regex Yob();

    [GeneratedRegex("^(ебен[а-я]*бург)")]
    private static partial Regex YobInnocent();

    [GeneratedRegex("^(вы|по|на|за|раз|рас)?бля(д|т)|^бля$|^бла(д|т)ь")]
    private static partial Regex Blyad();

    [GeneratedRegex("^(уеб(ок|к|ищ|ан)|уебан|муда?к|мудил|мудач|мудозв|еблан" +
        "|долбоеб|доебщик|пиздабол|пиздобол|распиздя(й|и|ев|ям|ями)$" +
        "|пиздюк|хуесос|хуепл|хуил|хуйл|ебанут|ебанат|блядин|пидор|пизданут" +
        "|пидар|гандон|пиздун|пизда$|хуев(ы|ые)$|уебищ|бляд(и|ей|ям|ями)$)")]
    private static partial Regex ObscenePerson();

    [GeneratedRegex("(ая|ый|ий|ой|ые|ие)$")]
    private static partial Regex Adjective();

    [GeneratedRegex("^(как|так|вс|эт|сам|ин|друг|люб|кажд|никак|нек|котор|чей|чья|ваш|наш|мо|тво)")]
    private static partial Regex Pronominal();

    [GeneratedRegex("^(за|у|вы)?еб(ан|уч)|^бляд(ск|ск)|^хуев")]
    private static partial Regex ObsceneAdjective();

    [GeneratedRegex("^(бюрократ(ы|а|у|ом|е|ов|ам|ами|ах)?$|бюрократишк|чиновн|чинуш|специалист|начальни" +
        "|сотрудни|инспектор|министр|директор" +
        "|заведующ|руковод|работни|служащ|депутат|оператор|соцработн|клерк|секретар|бухгалтер|охранни" +
        "|юрист|тетк|теток|бабк|мужик|козл|пидор|пидар|урод|дур)")]
    private static partial Regex Person();

    // The roots as written in Latin letters, with the prefixes of their derivatives («zaebali», «pohuy»).
    [GeneratedRegex("^(za|na|po|o|vy|ot|raz|do|u|ni)?(huy|huj|hui|huev|huet|huel|pizd|pisd|ebat|eban|ebal|ebu" +
        "|yebat|blya|blia|bl9|bljat|bljad|eblan)")]
    private static partial Regex Translit();
}
