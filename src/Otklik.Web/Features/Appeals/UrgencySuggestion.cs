using Microsoft.EntityFrameworkCore;
using Otklik.Text.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// Profile facts that bear on urgency (R6.1), by stable code.
public static class ClientFacts
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["disability"] = "человек с инвалидностью",
        ["large-family"] = "многодетная семья",
        ["pensioner"] = "пенсионер",
        ["low-income"] = "малоимущая семья",
        ["veteran"] = "ветеран",
        ["guardian"] = "опекун или попечитель",
        ["svo-family"] = "участник СВО или член его семьи",
        ["single-parent"] = "одинокий родитель",
    };

    public static string Title(string code) => All.GetValueOrDefault(code, code);
}

// Why an appeal may be urgent, for the head at triage: cues in the text, facts of the client's profile,
// and the history — a repeat appeal on the same topic, an earlier answer that came late.
public sealed class UrgencySuggestion(OtklikDbContext db)
{
    private const double SameTopicOverlap = 0.35;

    public async Task<IReadOnlyList<string>> ReasonsAsync(Appeal appeal)
    {
        var reasons = new List<string>(appeal.UrgencyReasons);
        var client = appeal.Client ?? await db.Clients.FirstAsync(c => c.Id == appeal.ClientId);
        reasons.AddRange(client.ProfileFacts.Select(f => $"заявитель — {ClientFacts.Title(f)}"));

        var since = appeal.RegisteredOn.AddYears(-5);
        var earlier = await db.Appeals.AsNoTracking()
            .Where(a => a.ClientId == appeal.ClientId && a.Id != appeal.Id && a.RegisteredOn >= since)
            .OrderByDescending(a => a.RegisteredOn).Take(50)
            .Select(a => new { a.RegistrationNumber, a.Text, a.DueOn, a.AnswerDueOn, a.ClosedAt, a.Events })
            .ToListAsync();

        var terms = Terms(appeal.Text);
        reasons.AddRange(earlier.Where(e => Overlap(terms, Terms(e.Text)) >= SameTopicOverlap)
            .Select(e => $"повторное обращение по той же теме (ранее № {e.RegistrationNumber})"));
        reasons.AddRange(earlier.Where(e => AnsweredLate(e.Events, e.DueOn ?? e.AnswerDueOn))
            .Select(e => $"ранее ответ был дан с нарушением срока (№ {e.RegistrationNumber})"));
        return reasons;
    }

    private static bool AnsweredLate(List<AppealEvent> events, DateOnly due) =>
        events.Where(e => e.Status is AppealStatus.Answered or AppealStatus.Forwarded or AppealStatus.NotConsidered)
            .Select(e => DateOnly.FromDateTime(e.At.UtcDateTime))
            .DefaultIfEmpty(DateOnly.MinValue)
            .Min() > due;

    private static HashSet<string> Terms(string text) => [.. RussianSearchAnalyzer.Terms(text)];

    // Shared words relative to the shorter text, and at least three of them, so that two one-line
    // appeals sharing a greeting are not taken for the same topic.
    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Intersect(b).Count();
        return shared < 3 ? 0 : (double)shared / Math.Min(a.Count, b.Count);
    }
}
