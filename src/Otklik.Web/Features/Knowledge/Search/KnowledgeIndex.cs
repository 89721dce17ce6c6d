using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Otklik.Text.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge.Search;

public sealed record IndexQuery(string Text, int? SectionId = null, MaterialType? Type = null, int Limit = 10);

public sealed record IndexHit(int ItemId, float Score);

public sealed record IndexResult(IReadOnlyList<IndexHit> Hits, int Total, bool Relaxed, IReadOnlySet<string> Terms);

// Each node keeps its own in-memory Lucene index of the live items. The database stays the only truth: the
// index is built from it at start and catches up with changes made on other nodes by reading the items
// changed since its last look, so it needs no shared disk and no message bus.
public sealed partial class KnowledgeIndex : IDisposable
{
    private const int Batch = 1000;

    private static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(2);

    // Clocks of several nodes are never quite equal; rereading a few minutes back costs little.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeIndex> _logger;
    private readonly ConcurrentDictionary<int, DateTimeOffset> _seen = new();
    private DateTimeOffset? _watermark;
    private DateTimeOffset _lastCatchUp;

    public KnowledgeIndex(TimeProvider time, ILogger<KnowledgeIndex> logger)
    {
        _time = time;
        _logger = logger;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new RussianTermAnalyzer())
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

    public int Count => _writer.NumDocs;

    public async Task<IndexResult> SearchAsync(OtklikDbContext db, IndexQuery query, CancellationToken token = default)
    {
        await CatchUpAsync(db, token);
        var groups = RussianSearchAnalyzer.Default.QueryAlternatives(query.Text);
        var terms = groups.SelectMany(g => g).SelectMany(a => a).ToHashSet();
        if (groups.Count == 0)
        {
            return new IndexResult([], 0, false, terms);
        }

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(Build(groups, query, strict: true), query.Limit);
            var relaxed = top.TotalHits == 0 && groups.Count > 1;
            if (relaxed)
            {
                top = searcher.Search(Build(groups, query, strict: false), query.Limit);
            }

            var hits = top.ScoreDocs
                .Select(d => new IndexHit(int.Parse(searcher.Doc(d.Doc).Get("id"), CultureInfo.InvariantCulture),
                    d.Score))
                .ToList();
            return new IndexResult(hits, top.TotalHits, relaxed, terms);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    // Called after a committed change on this node, so its own readers see the change at once.
    public async Task RefreshAsync(OtklikDbContext db, int itemId, CancellationToken token = default)
    {
        var item = await db.KnowledgeItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new Indexed(i.Id, i.SectionId, i.Type, i.Title, i.Body, i.IsArchived, i.UpdatedAt))
            .FirstOrDefaultAsync(token);
        if (_watermark is null)
        {
            return;
        }

        if (item is null)
        {
            _writer.DeleteDocuments(new Term("id", itemId.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            Put(item);
        }

        _searchers.MaybeRefreshBlocking();
    }

    public async Task CatchUpAsync(OtklikDbContext db, CancellationToken token = default)
    {
        if (_watermark is not null && _time.GetUtcNow() - _lastCatchUp < CatchUpEvery)
        {
            return;
        }

        // Only the first build makes readers wait; while a later catch-up runs, readers go on without it.
        if (!await _sync.WaitAsync(_watermark is null ? Timeout.Infinite : 0, token))
        {
            return;
        }

        try
        {
            // From the newest change seen or the previous look, whichever is later, so that a burst of changes
            // (an import) is not reread on every look for the whole overlap.
            DateTimeOffset? since = _watermark is { } mark
                ? (mark > _lastCatchUp ? mark : _lastCatchUp) - Overlap
                : null;
            _lastCatchUp = _time.GetUtcNow();
            var changed = await ReadChangedAsync(db, since, token);
            if (_watermark is null)
            {
                Log.Built(_logger, changed);
            }

            _watermark ??= DateTimeOffset.MinValue + Overlap;
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _sync.Release();
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _sync.Dispose();
    }

    private async Task<int> ReadChangedAsync(OtklikDbContext db, DateTimeOffset? since, CancellationToken token)
    {
        var ids = since is { } from
            ? (await db.KnowledgeItems.AsNoTracking().Where(i => i.UpdatedAt >= from)
                .Select(i => new { i.Id, i.UpdatedAt }).ToListAsync(token))
                .Where(i => !_seen.TryGetValue(i.Id, out var stamp) || stamp != i.UpdatedAt)
                .Select(i => i.Id).ToList()
            : null;
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var query = db.KnowledgeItems.AsNoTracking().Where(i => i.Id > lastId);
            if (ids is not null)
            {
                var chunk = ids.Where(id => id > lastId).Order().Take(Batch).ToList();
                query = query.Where(i => chunk.Contains(i.Id));
            }

            var batch = await query.OrderBy(i => i.Id).Take(Batch)
                .Select(i => new Indexed(i.Id, i.SectionId, i.Type, i.Title, i.Body, i.IsArchived, i.UpdatedAt))
                .ToListAsync(token);
            foreach (var item in batch)
            {
                Put(item);
                _watermark = _watermark is { } mark && mark > item.UpdatedAt ? mark : item.UpdatedAt;
            }

            count += batch.Count;
            if (batch.Count < Batch)
            {
                return count;
            }

            lastId = batch[^1].Id;
        }
    }

    private void Put(Indexed item)
    {
        _seen[item.Id] = item.UpdatedAt;
        var id = new Term("id", item.Id.ToString(CultureInfo.InvariantCulture));
        if (item.IsArchived)
        {
            _writer.DeleteDocuments(id);
            return;
        }

        var document = new Document
        {
            new StringField("id", item.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField("section", item.SectionId.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new StringField("type", MaterialTypes.Code(item.Type), Field.Store.NO),
            new TextField("title", item.Title, Field.Store.NO),
            new TextField("body", MarkdownText.ToPlain(item.Body), Field.Store.NO),
        };
        _writer.UpdateDocument(id, document);
    }

    // Every word must match (through a synonym if need be); when nothing does, half of the words will, and
    // the reader is told the results are only close.
    private static BooleanQuery Build(
        IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> groups, IndexQuery query, bool strict)
    {
        var words = new BooleanQuery();
        foreach (var group in groups)
        {
            var alternatives = new BooleanQuery();
            foreach (var stems in group)
            {
                alternatives.Add(Match("title", stems, 3f), Occur.SHOULD);
                alternatives.Add(Match("body", stems, 1f), Occur.SHOULD);
            }

            words.Add(alternatives, strict ? Occur.MUST : Occur.SHOULD);
        }

        if (!strict)
        {
            words.MinimumNumberShouldMatch = Math.Max(1, (groups.Count + 1) / 2);
        }

        var all = new BooleanQuery { { words, Occur.MUST } };
        if (query.SectionId is { } section)
        {
            all.Add(Filter("section", section.ToString(CultureInfo.InvariantCulture)), Occur.MUST);
        }

        if (query.Type is { } type)
        {
            all.Add(Filter("type", MaterialTypes.Code(type)), Occur.MUST);
        }

        return all;
    }

    // A word, or the words of a multi-word synonym close together in their order.
    private static Query Match(string field, IReadOnlyList<string> stems, float boost)
    {
        if (stems.Count == 1)
        {
            return new TermQuery(new Term(field, stems[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = 2, Boost = boost };
        foreach (var stem in stems)
        {
            phrase.Add(new Term(field, stem));
        }

        return phrase;
    }

    // A condition that narrows the results without changing their order.
    private static TermQuery Filter(string field, string value) => new(new Term(field, value)) { Boost = 0f };

    private sealed record Indexed(
        int Id, int SectionId, MaterialType Type, string Title, string Body, bool IsArchived, DateTimeOffset UpdatedAt);

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2701, Level = LogLevel.Information,
            Message = "Knowledge index built from {Count} items")]
        public static partial void Built(ILogger logger, int count);
    }
}
