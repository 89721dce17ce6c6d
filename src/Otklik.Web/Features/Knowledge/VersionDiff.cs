using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Otklik.Web.Features.Knowledge;

public enum DiffLineKind
{
    Same,
    Added,
    Removed,
    Skipped,
}

public sealed record DiffLine(DiffLineKind Kind, string Text);

// A line-by-line comparison of two versions as a reader sees them: title, facts of a regulation, text.
// Long unchanged stretches fold into one line, so the change is easy to find.
public static class VersionDiff
{
    private const int Context = 2;

    public static string TextOf(KnowledgeVersion version)
    {
        var facts = RegulationFacts.FromJson(version.RegulationJson)?.Lines() ?? [];
        return string.Join('\n', [$"# {version.Title}", .. facts, string.Empty, version.Body.Replace("\r\n", "\n")]);
    }

    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        var lines = InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false).Lines
            .Where(l => l.Type != ChangeType.Imaginary)
            .Select(l => new DiffLine(l.Type switch
            {
                ChangeType.Inserted => DiffLineKind.Added,
                ChangeType.Deleted => DiffLineKind.Removed,
                _ => DiffLineKind.Same,
            }, l.Text ?? string.Empty))
            .ToList();
        return Fold(lines);
    }

    private static List<DiffLine> Fold(List<DiffLine> lines)
    {
        var near = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffLineKind.Same)
            {
                continue;
            }

            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
            {
                near[j] = true;
            }
        }

        var result = new List<DiffLine>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (near[i] || i == 0)
            {
                Flush(result, ref skipped);
                result.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }

        Flush(result, ref skipped);
        return result;
    }

    private static void Flush(List<DiffLine> result, ref int skipped)
    {
        if (skipped > 0)
        {
            result.Add(new DiffLine(DiffLineKind.Skipped, $"… без изменений строк: {skipped} …"));
        }

        skipped = 0;
    }
}
