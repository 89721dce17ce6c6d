using System.Text.RegularExpressions;

namespace Otklik.Text.Abuse;

// The normalised words of one sentence joined by spaces, so that phrase rules can match across words
// and their matches can be mapped back to the words, and from there to the original text.
internal sealed class SentenceView
{
    // Where each word's stretch begins in Text; the space before a word belongs to that word.
    private readonly int[] _from;

    public SentenceView(IReadOnlyList<DisguisedWord> words, int first, int count)
    {
        First = first;
        Count = count;
        _from = new int[count];
        var length = 0;
        for (var k = 0; k < count; k++)
        {
            _from[k] = length;
            length += (length > 0 ? 1 : 0) + words[first + k].Normal.Length;
        }

        Text = string.Create(length, (words, first, count), static (span, state) =>
        {
            var at = 0;
            for (var i = state.first; i < state.first + state.count; i++)
            {
                if (at > 0)
                {
                    span[at++] = ' ';
                }

                state.words[i].Normal.CopyTo(span[at..]);
                at += state.words[i].Normal.Length;
            }
        });
        Found = Groups.Find(Text);
    }

    // The groups of words, looked for once per sentence, that let the costly rules run.
    public const int Reporting = 1;
    public const int ThreatPhrase = 1 << 1;
    public const int MenacePhrase = 1 << 2;
    public const int PursuitPhrase = 1 << 3;
    public const int HintCue = 1 << 4;
    public const int InsultPhrase = 1 << 5;
    public const int BlowPhrase = 1 << 6;
    public const int MeansCue = 1 << 7;
    public const int WhereaboutsCue = 1 << 8;
    public const int SoftCue = 1 << 9;
    public const int DoomCue = 1 << 10;
    public const int DangerCue = 1 << 11;
    public const int AllusionCue = 1 << 12;
    public const int ImplicitCue = HintCue | MeansCue | WhereaboutsCue | SoftCue | DoomCue | DangerCue | AllusionCue;

    private static readonly WordGroups Groups = new(
    [
        ThreatRules.ReportingStems, ThreatRules.PhraseWords, ThreatRules.MenaceWords, ThreatRules.PursuitWords,
        ImplicitThreats.HintWords, InsultRules.PhraseWords, ThreatRules.BlowWords, ImplicitThreats.MeansWords,
        ImplicitThreats.WhereaboutsWords, ImplicitThreats.SoftWords, ImplicitThreats.DoomWords,
        ImplicitThreats.DangerWords, ImplicitThreats.AllusionWords,
    ]);

    public int First { get; }

    public int Count { get; }

    public string Text { get; }

    // One bit for each group above with a word in the sentence.
    public int Found { get; }

    public (int FirstWord, int LastWord) WordsOf(Match match) =>
        (WordAt(match.Index), WordAt(Math.Max(match.Index, match.Index + match.Length - 1)));

    private int WordAt(int position)
    {
        var k = Array.BinarySearch(_from, position);
        if (k < 0)
        {
            k = ~k - 1;
        }

        // Several words begin at 0 only when the first ones are empty; the last of them owns the text.
        while (k + 1 < _from.Length && _from[k + 1] == _from[k])
        {
            k++;
        }

        return First + k;
    }

    public static IEnumerable<SentenceView> All(IReadOnlyList<DisguisedWord> words)
    {
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Sentence != words[start].Sentence)
            {
                yield return new SentenceView(words, start, i - start);
                start = i;
            }
        }
    }
}
