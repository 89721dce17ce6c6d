using Microsoft.EntityFrameworkCore;
using Otklik.Text.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Hotline;

public sealed record TransferCandidate(
    int EmployeeId, string Name, string Position, string? Department, string? Phone, string Why, int Score);

// The most competent employees for the caller's question (R19): their listed competences are matched with
// the need and the topic by Russian word stems, so «пособие многодетной семье» finds «многодетные семьи».
// A competence counts more than the department's description.
public sealed class TransferSuggestions(OtklikDbContext db)
{
    private const int CompetenceWeight = 3;

    public async Task<IReadOnlyList<TransferCandidate>> ForAsync(HotlineCall call, int limit = 5)
    {
        // The topic's words are broad («выплаты», «компенсация»); they speak only when the need is not written.
        var wanted = Stems(string.IsNullOrWhiteSpace(call.Need) ? CallTopics.Find(call.Topic)?.Words ?? "" : call.Need);
        if (wanted.Count == 0)
        {
            return [];
        }

        var busy = call.Transfers.Select(t => t.ToEmployeeId).Append(call.OperatorId).ToHashSet();
        var staff = await db.Employees.AsNoTracking().Include(e => e.Department)
            .Where(e => e.IsActive && e.Phone != null)
            .ToListAsync();

        return [.. staff.Where(e => !busy.Contains(e.Id))
            .Select(e => Rank(e, wanted))
            .OfType<TransferCandidate>()
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit)];
    }

    private static TransferCandidate? Rank(Organisation.Employee employee, HashSet<string> wanted)
    {
        var matched = employee.Competences.Where(c => Stems(c).Overlaps(wanted)).ToList();
        var score = matched.Sum(c => Stems(c).Count(wanted.Contains)) * CompetenceWeight
            + Stems($"{employee.Department?.Name} {employee.Department?.Description}").Count(wanted.Contains);
        if (score == 0)
        {
            return null;
        }

        var why = matched.Count > 0 ? $"компетенции: {string.Join(", ", matched)}" : "по профилю отдела";
        return new TransferCandidate(employee.Id, employee.FullName, employee.Position,
            employee.Department?.ShortName, employee.Phone, why, score);
    }

    private static HashSet<string> Stems(string text) =>
        [.. RussianSearchAnalyzer.Terms(text).Where(t => t.Length >= 3)];
}
