using System.Text.RegularExpressions;

namespace Otklik.Text.PlainLanguage;

// Reading ease and findings for Russian written answers. Indices use the Russian adaptation of Flesch
// by I. V. Oborneva (FRE = 206.835 − 1.3·ASL − 60.1·ASW) and the matching Flesch–Kincaid grade
// (0.5·ASL + 8.4·ASW − 15.59), where ASL is words per sentence and ASW syllables per word.
public sealed partial class PlainLanguageChecker
{
    private const int LongSentenceWords = 25;
    private const int LongWordSyllables = 7;

    private static readonly Regex BureaucratesePattern = BuildBureaucratese();

    public static PlainLanguageChecker Default { get; } = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822",
        Justification = "An instance service, so that features depend on it and tests can swap it.")]
    public PlainLanguageResult Check(string text, bool refusal = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = Sentences.Split(text);
        var findings = new List<PlainFinding>();
        int words = 0, syllables = 0;

        foreach (var sentence in sentences)
        {
            var sentenceWords = WordPattern().Matches(text, sentence.Start)
                .TakeWhile(m => m.Index < sentence.End)
                .ToList();
            words += sentenceWords.Count;
            syllables += sentenceWords.Sum(m => Syllables(m.Value));
            CheckSentence(text, sentence, sentenceWords, refusal, findings);
        }

        CheckWholeText(text, findings);
        findings.Sort((a, b) => a.Start.CompareTo(b.Start));

        var asl = sentences.Count == 0 ? 0 : (double)words / sentences.Count;
        var asw = words == 0 ? 0 : (double)syllables / words;
        var ease = words == 0 ? 100 : Math.Clamp(206.835 - 1.3 * asl - 60.1 * asw, 0, 100);
        var grade = words == 0 ? 0 : Math.Max(0, 0.5 * asl + 8.4 * asw - 15.59);
        return new PlainLanguageResult(
            Math.Round(ease, 1), Math.Round(grade, 1), sentences.Count, words, Math.Round(asl, 1), findings);
    }

    public static int Syllables(string word)
    {
        var count = 0;
        foreach (var c in word)
        {
            count += "аеёиоуыэюяАЕЁИОУЫЭЮЯ".Contains(c, StringComparison.Ordinal) ? 1 : 0;
        }

        return Math.Max(count, 1);
    }

    private static void CheckSentence(
        string text, Sentences.Span sentence, List<Match> words, bool refusal, List<PlainFinding> findings)
    {
        if (words.Count > LongSentenceWords)
        {
            findings.Add(new PlainFinding(
                "long-sentence", Severity.Warning, sentence.Start, sentence.End - sentence.Start,
                $"Длинное предложение: {words.Count} слов. " +
                "Удобно читать до 15–20.",
                "Разделите на два-три предложения."));
        }

        foreach (var word in words.Where(w => Syllables(w.Value) >= LongWordSyllables))
        {
            findings.Add(new PlainFinding("long-word", Severity.Advice, word.Index, word.Length,
                $"Длинное слово «{word.Value}».",
                "Поищите слово короче или скажите глаголом."));
        }

        VerbalNounChains(words, findings);
        GenitiveChains(words, findings);
        Passives(words, findings);
        LegalReferences(text, sentence, refusal, findings);
    }

    private static void CheckWholeText(string text, List<PlainFinding> findings)
    {
        foreach (Match m in BureaucratesePattern.Matches(text))
        {
            var suggestion = Suggest(m.Value);
            findings.Add(new PlainFinding("bureaucratese", Severity.Warning, m.Index, m.Length,
                $"Канцелярит: «{m.Value}».", suggestion));
        }

        foreach (Match m in Abbreviation().Matches(text))
        {
            if (!Abbreviations.IsExplained(text, m) && !Abbreviations.Common.Contains(m.Value))
            {
                findings.Add(new PlainFinding("abbreviation", Severity.Warning, m.Index, m.Length,
                    $"Сокращение «{m.Value}» без расшифровки.",
                    Abbreviations.Known.TryGetValue(m.Value, out var full)
                        ? $"При первом упоминании напишите: {full} ({m.Value})."
                        : "Расшифруйте при первом упоминании."));
            }
        }

        foreach (Match m in DigitDate().Matches(text))
        {
            findings.Add(new PlainFinding("digit-date", Severity.Advice, m.Index, m.Length,
                $"Дата цифрами «{m.Value}» читается хуже.", DateInWords(m)));
        }

        foreach (Match m in LongNumber().Matches(text))
        {
            findings.Add(new PlainFinding("long-number", Severity.Advice, m.Index, m.Length,
                $"Длинное число «{m.Value}».",
                "Разбейте на разряды пробелами (12 500) " +
                "или напишите словами (12,5 тысячи)."));
        }
    }

    private static void VerbalNounChains(List<Match> words, List<PlainFinding> findings)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!VerbalNoun().IsMatch(words[i].Value) || !VerbalNoun().IsMatch(words[i + 1].Value))
            {
                continue;
            }

            var last = i + 1;
            while (last + 1 < words.Count && VerbalNoun().IsMatch(words[last + 1].Value))
            {
                last++;
            }

            findings.Add(Span("verbal-nouns", Severity.Warning, words[i], words[last],
                "Цепочка отглагольных существительных.",
                "Скажите глаголом: " +
                "не «проведение проверки», а «проверим»."));
            i = last;
        }
    }

    private static void GenitiveChains(List<Match> words, List<PlainFinding> findings)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var last = i - 1;
            while (last + 1 < words.Count && Genitive().IsMatch(words[last + 1].Value))
            {
                last++;
            }

            if (last - i >= 3)
            {
                findings.Add(Span("genitive-chain", Severity.Advice, words[i], words[last],
                    "Цепочка слов в родительном падеже.",
                    "Перестройте фразу, " +
                    "например с глаголом или предлогом."));
                i = last;
            }
        }
    }

    private static void Passives(List<Match> words, List<PlainFinding> findings)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Value;
            var compound = i + 1 < words.Count && BeVerb().IsMatch(w) && ShortParticiple().IsMatch(words[i + 1].Value);
            if (compound || ReflexivePassive().IsMatch(w))
            {
                var last = compound ? words[i + 1] : words[i];
                findings.Add(Span("passive", Severity.Advice, words[i], last,
                    "Страдательный оборот: непонятно, кто действует.",
                    "Назовите, кто делает: «мы рассмотрели», " +
                    "«министерство выплатит»."));
                i += compound ? 1 : 0;
            }
        }
    }

    private static void LegalReferences(string text, Sentences.Span sentence, bool refusal, List<PlainFinding> findings)
    {
        var content = text[sentence.Start..sentence.End];
        var explained = Explained().IsMatch(content);
        foreach (Match m in LegalReference().Matches(content))
        {
            var error = refusal && !explained;
            findings.Add(new PlainFinding("legal-reference", error ? Severity.Error : Severity.Advice,
                sentence.Start + m.Index, m.Length,
                error
                    ? $"Отказ ссылается на «{m.Value}», " +
                        "но не объясняет причину простыми словами."
                    : $"Ссылка на норму «{m.Value}».",
                "Объясните в том же предложении, " +
                "что это значит для человека: «потому что …»."));
        }
    }

    private static PlainFinding Span(
        string kind, Severity severity, Match first, Match last, string message, string suggestion) =>
        new(kind, severity, first.Index, last.Index + last.Length - first.Index, message, suggestion);

    private static string Suggest(string found)
    {
        var lower = found.ToLowerInvariant();
        foreach (var (phrase, suggestion) in Bureaucratese.Entries)
        {
            var stem = phrase.TrimEnd('*');
            if (phrase.EndsWith('*') ? lower.StartsWith(stem, StringComparison.Ordinal) : lower == phrase)
            {
                return suggestion;
            }
        }

        return "Скажите проще.";
    }

    private static string DateInWords(Match m)
    {
        string[] months =
        [
            "января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря",
        ];
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12
            ? $"Напишите: {day} {months[month - 1]} {m.Groups["y"].Value} года."
            : "Напишите месяц словом.";
    }

    private static Regex BuildBureaucratese()
    {
        var alternatives = Bureaucratese.Entries
            .OrderByDescending(e => e.Phrase.Length)
            .Select(e => Regex.Escape(e.Phrase.TrimEnd('*')).Replace("\\ ", "\\s+", StringComparison.Ordinal)
                + (e.Phrase.EndsWith('*') ? "[а-яё]*" : ""));
        return new Regex($@"(?<![а-яё])(?:{string.Join('|', alternatives)})(?![а-яё])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [GeneratedRegex(@"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[а-яё]{4,}(ани|ени|яни|ти|ци)" +
        @"(е|я|ю|ем|и|й|ям|ями|ях)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbalNoun();

    [GeneratedRegex(@"^[а-яё]{3,}(ого|его|ой|ей|ия|ии|ения|ания" +
        @"|ции|ости|ства|ов|ев)$", RegexOptions.IgnoreCase)]
    private static partial Regex Genitive();

    [GeneratedRegex(@"^(был|была|было|были|будет|будут|будем)$", RegexOptions.IgnoreCase)]
    private static partial Regex BeVerb();

    [GeneratedRegex(@"^[а-яё]{3,}(ан|ен|ён|ят|ыт|ут|ит)(а|о|ы)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortParticiple();

    [GeneratedRegex(@"^[а-яё]{3,}(ирует|ируется|ивается|ывается" +
        @"|ается|яется|уется|ится|ется)ся?$" +
        @"|^[а-яё]{4,}(ается|яется|уется|ивается|ывается" +
        @"|ируется|ится)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReflexivePassive();

    [GeneratedRegex(@"\b[А-ЯЁ]{2,6}\b")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(19|20)\d\d)\b")]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"(?<![\d.,])\d{5,}(?![\d.,])")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<![А-Яа-яЁё])(ст\.\s?\d+|стать[яиеюй]\w*\s+\d+" +
        @"|ч\.\s?\d+|част[ьиюей]\w*\s+\d+|п\.\s?\d+|пп\.\s?\d+" +
        @"|пункт\w*\s+\d+|подпункт\w*\s+\d+|\d+-ФЗ" +
        @"|№\s?\d+[-–]?[а-яА-Я]*|ФЗ\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalReference();

    [GeneratedRegex(@"потому что|так как|поскольку" +
        @"|это значит|то есть|а именно|из-за того" +
        @"|по этой причине|это означает|значит,|поэтому", RegexOptions.IgnoreCase)]
    private static partial Regex Explained();
}
