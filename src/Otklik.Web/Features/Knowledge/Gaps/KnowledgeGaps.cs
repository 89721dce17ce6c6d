using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Text.Search;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge.Gaps;

// Questions the base does not answer (R29.3): searches that found nothing or nothing useful, and topics that
// keep coming back in appeals, grouped into candidate FAQs for the responsible heads.
public sealed class KnowledgeGaps(
    OtklikDbContext db, AppealsTopics topics, TimeProvider time, AuditLog audit, IOptions<KnowledgeOptions> options,
    Appeals.AppealAccess people)
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(90);

    public async Task RefreshAsync(CancellationToken token = default)
    {
        var since = time.GetUtcNow() - LookBack;
        var failed = await db.KnowledgeSearches.AsNoTracking()
            .Where(s => s.At >= since && (s.Hits == 0 || s.NotUseful))
            .GroupBy(s => s.Key)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(s => s.At) })
            .Where(g => g.Count >= options.Value.GapThreshold)
            .ToListAsync(token);
        foreach (var gap in failed)
        {
            var question = await db.KnowledgeSearches.Where(s => s.Key == gap.Key).OrderByDescending(s => s.Id)
                .Select(s => s.Query).FirstAsync(token);
            await UpsertAsync("search", gap.Key, question, gap.Count, gap.Last, null, token);
        }

        foreach (var topic in await topics.RepeatedAsync(options.Value.GapThreshold, token))
        {
            await UpsertAsync("appeal", $"{topic.DepartmentId}:{topic.Key}",
                $"Частая тема обращений: «{topic.Words}»", topic.Appeals, time.GetUtcNow(), topic.DepartmentId, token);
        }

        foreach (var topic in await topics.RepeatedCallsAsync(options.Value.GapThreshold, token))
        {
            await UpsertAsync("hotline", topic.Key, $"Частый вопрос на горячей линии: «{topic.Words}»",
                topic.Appeals, time.GetUtcNow(), null, token);
        }

        try
        {
            await db.SaveChangesAsync(token);
        }
        catch (DbUpdateException)
        {
            // Another reader refreshed the same candidates at the same moment; his figures stand.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<KnowledgeCandidate>> OpenForAsync(ClaimsPrincipal user)
    {
        var all = user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.Leadership);
        var (_, department) = await people.EmployeeOfAsync(user);
        var head = user.IsInRole(StaffRoles.DepartmentHead);
        return await db.KnowledgeCandidates.AsNoTracking()
            .Where(c => c.State == CandidateState.Open
                && (all || (head && (c.DepartmentId == null || c.DepartmentId == department))))
            .OrderByDescending(c => c.Occurrences).ThenByDescending(c => c.LastSeenAt).Take(100).ToListAsync();
    }

    public async Task<Result<KnowledgeCandidate>> DecideAsync(
        int id, CandidateState state, int? itemId, ClaimsPrincipal user)
    {
        var candidate = await db.KnowledgeCandidates.FirstOrDefaultAsync(c => c.Id == id);
        if (candidate is null || candidate.State != CandidateState.Open)
        {
            return Errors.NotFound("knowledge.candidate_not_found", "Кандидат уже разобран или не найден.");
        }

        var (_, department) = await people.EmployeeOfAsync(user);
        var overseer = user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.Leadership);
        var own = candidate.DepartmentId is null || candidate.DepartmentId == department;
        var allowed = overseer
            || (own && (state == CandidateState.Converted || user.IsInRole(StaffRoles.DepartmentHead)));
        if (!allowed)
        {
            return Errors.Forbidden("knowledge.candidate_not_yours",
                "Решение по этому вопросу принимает начальник отдела, к которому он относится.");
        }

        candidate.State = state;
        candidate.ItemId = itemId;
        candidate.DecidedBy = Actor.From(user).Name;
        candidate.DecidedAt = time.GetUtcNow();
        var action = state == CandidateState.Converted
            ? "knowledge.candidate_converted"
            : "knowledge.candidate_dismissed";
        audit.Record(action, nameof(KnowledgeCandidate), id, new { itemId });
        await db.SaveChangesAsync();
        return candidate;
    }

    private async Task UpsertAsync(string source, string key, string question, int count, DateTimeOffset last,
        int? departmentId, CancellationToken token)
    {
        key = key.Length > 300 ? key[..300] : key;
        var existing = await db.KnowledgeCandidates.FirstOrDefaultAsync(c => c.Source == source && c.Key == key, token);
        if (existing is null)
        {
            db.KnowledgeCandidates.Add(new KnowledgeCandidate
            {
                Source = source,
                Key = key,
                Question = question.Length > 1000 ? question[..1000] : question,
                Occurrences = count,
                LastSeenAt = last,
                DepartmentId = departmentId,
                State = CandidateState.Open,
            });
            return;
        }

        // A dismissed or answered question stays decided; only its figures move on.
        existing.Occurrences = count;
        existing.LastSeenAt = last;
    }
}

public sealed record RepeatedTopic(int? DepartmentId, string Key, string Words, int Appeals);

// Pairs of meaningful words that recur across different clients' appeals in one department. Words common to
// most appeals («прошу», «сообщить») are left out, and a topic the base already answers is no gap.
public sealed class AppealsTopics(OtklikDbContext db, TimeProvider time, Search.KnowledgeSearch search)
{
    private const int MaxAppeals = 5000;
    private const double CommonShare = 0.2;

    public async Task<IReadOnlyList<RepeatedTopic>> RepeatedAsync(int threshold, CancellationToken token)
    {
        var since = time.GetUtcNow() - KnowledgeGaps.LookBack;
        var appeals = await db.Appeals.AsNoTracking()
            .Where(a => a.RegisteredAt >= since && a.DepartmentId != null)
            .OrderByDescending(a => a.Id).Take(MaxAppeals)
            .Select(a => new { DepartmentId = a.DepartmentId!.Value, a.ClientId, a.Text })
            .ToListAsync(token);

        var topics = new List<RepeatedTopic>();
        foreach (var department in appeals.GroupBy(a => a.DepartmentId))
        {
            var texts = department.Select(a => (a.ClientId, Words: WordsOf(a.Text))).ToList();
            topics.AddRange(await TopicsAsync(department.Key, texts, threshold, token));
        }

        return topics;
    }

    // Hotline questions answered without an article or passed on for a callback (R29.3).
    public async Task<IReadOnlyList<RepeatedTopic>> RepeatedCallsAsync(int threshold, CancellationToken token)
    {
        var since = time.GetUtcNow() - KnowledgeGaps.LookBack;
        var calls = await db.HotlineCalls.AsNoTracking()
            .Where(c => c.StartedAt >= since && c.Need != null && c.KnowledgeItemId == null
                && (c.Outcome == Hotline.CallOutcome.Answered || c.Outcome == Hotline.CallOutcome.Callback))
            .OrderByDescending(c => c.Id).Take(MaxAppeals)
            .Select(c => new { c.Id, c.ClientId, c.CallerKey, c.Need })
            .ToListAsync(token);

        // One person calling three times is one voice: callers count by client, else by number, else by call.
        var numbers = calls.Select(c => c.CallerKey).OfType<string>().Distinct().Select((k, i) => (k, i))
            .ToDictionary(p => p.k, p => -1_000_000_000 + p.i);
        var texts = calls.Select(c => (c.ClientId ?? (c.CallerKey is { } key ? numbers[key] : -c.Id),
            Words: WordsOf(c.Need!))).ToList();
        return [.. await TopicsAsync(null, texts, threshold, token)];
    }

    private async Task<IEnumerable<RepeatedTopic>> TopicsAsync(
        int? departmentId, List<(int ClientId, Dictionary<string, string> Words)> texts, int threshold,
        CancellationToken token)
    {
        var frequency = texts.SelectMany(t => t.Words.Keys).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var limit = Math.Max(threshold, (int)(texts.Count * CommonShare));
        var pairs = new Dictionary<(string, string), HashSet<int>>();
        var surface = new Dictionary<string, string>();
        foreach (var (client, words) in texts)
        {
            var kept = words.Keys.Where(w => frequency[w] >= threshold && frequency[w] <= limit)
                .Order(StringComparer.Ordinal).ToList();
            foreach (var w in kept)
            {
                surface.TryAdd(w, words[w]);
            }

            for (var i = 0; i < kept.Count; i++)
            {
                for (var j = i + 1; j < kept.Count; j++)
                {
                    var key = (kept[i], kept[j]);
                    (pairs.TryGetValue(key, out var set) ? set : pairs[key] = []).Add(client);
                }
            }
        }

        var result = new List<RepeatedTopic>();
        foreach (var ((a, b), clients) in pairs.Where(p => p.Value.Count >= threshold)
            .OrderByDescending(p => p.Value.Count).Take(20))
        {
            var words = $"{surface[a]} {surface[b]}";
            var known = await search.SearchAsync(new Search.IndexQuery(words, Limit: 1), remember: false, token);
            if (known.Total == 0)
            {
                result.Add(new RepeatedTopic(departmentId, $"{a} {b}", words, clients.Count));
            }
        }

        return result;
    }

    private static Dictionary<string, string> WordsOf(string text)
    {
        var normal = RussianSearchAnalyzer.Normalize(text);
        var words = new Dictionary<string, string>();
        foreach (var token in RussianSearchAnalyzer.Tokens(text))
        {
            if (token.Term.Length >= 4 && !token.Term.Any(char.IsDigit))
            {
                words.TryAdd(token.Term, normal.Substring(token.Start, token.Length));
            }
        }

        return words;
    }
}
