using Microsoft.EntityFrameworkCore;
using Otklik.Text.Search;
using Otklik.Web.Features.Knowledge.Gaps;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge.Search;

public sealed record KnowledgeHit(
    int Id, string Title, int SectionId, string Section, MaterialType Type, string SnippetHtml, float Score,
    DateTimeOffset UpdatedAt, DateOnly? ReviewDueOn);

public sealed record KnowledgeResults(
    string Query, IReadOnlyList<KnowledgeHit> Hits, int Total, bool Relaxed, long? SearchId);

// Search as readers, the hotline and the answer editor use it (R26): ranked, filtered, with the matched words
// marked in a passage; each search is remembered so that questions the base cannot answer come to light.
public sealed class KnowledgeSearch(OtklikDbContext db, KnowledgeIndex index, TimeProvider time)
{
    public const int MaxQueryLength = 300;

    public async Task<KnowledgeResults> SearchAsync(IndexQuery query, bool remember, CancellationToken token = default)
    {
        var text = query.Text.Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
        }

        var found = await index.SearchAsync(db, query with { Text = text }, token);
        var hits = await HitsAsync(found, token);
        var searchId = remember ? await RememberAsync(text, found.Total, token) : null;
        return new KnowledgeResults(text, hits, found.Total, found.Relaxed, searchId);
    }

    // The reader's own verdict that nothing found helped: the strongest sign of a gap.
    public async Task MarkNotUsefulAsync(long searchId, CancellationToken token = default) =>
        await db.KnowledgeSearches.Where(s => s.Id == searchId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NotUseful, true), token);

    public static string KeyOf(string query) =>
        string.Join(' ', RussianSearchAnalyzer.Terms(query).Distinct().Order(StringComparer.Ordinal));

    private async Task<IReadOnlyList<KnowledgeHit>> HitsAsync(IndexResult found, CancellationToken token)
    {
        var ids = found.Hits.Select(h => h.ItemId).ToList();
        var items = await db.KnowledgeItems.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && !i.IsArchived)
            .Join(db.KnowledgeSections, i => i.SectionId, s => s.Id, (i, s) => new
            {
                i.Id,
                i.Title,
                i.Body,
                i.SectionId,
                Section = s.Title,
                i.Type,
                i.UpdatedAt,
                i.ReviewDueOn,
            })
            .ToDictionaryAsync(i => i.Id, token);
        return [.. found.Hits.Where(h => items.ContainsKey(h.ItemId)).Select(h =>
        {
            var i = items[h.ItemId];
            return new KnowledgeHit(i.Id, i.Title, i.SectionId, i.Section, i.Type,
                Snippets.Html(MarkdownText.ToPlain(i.Body), found.Terms), h.Score, i.UpdatedAt, i.ReviewDueOn);
        })];
    }

    private async Task<long?> RememberAsync(string text, int hits, CancellationToken token)
    {
        var key = KeyOf(text);
        if (key.Length == 0)
        {
            return null;
        }

        var log = new KnowledgeSearchLog
        {
            At = time.GetUtcNow(),
            Query = text,
            Key = key.Length > 300 ? key[..300] : key,
            Hits = hits,
        };
        db.KnowledgeSearches.Add(log);
        await db.SaveChangesAsync(token);
        return log.Id;
    }
}
