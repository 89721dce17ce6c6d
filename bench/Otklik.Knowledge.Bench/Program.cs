using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Knowledge.Bench;

internal sealed record BenchQuery(string Text, string? Section = null, MaterialType? Type = null)
{
    public string Label => Text + (Section is null ? string.Empty : $" [раздел «{Section}»]") +
        (Type is null ? string.Empty : $" [тип {MaterialTypes.Code(Type.Value)}]");
}

// Knowledge-base search: [items] [searches]. Fills a fresh, migrated SQLite database with sections and
// generated items, builds a KnowledgeIndex from it (the first CatchUpAsync, as a node does at start), then
// times searches one after another through KnowledgeSearch (the path of GET /api/v1/knowledge/search:
// index, hit rows, Markdown to plain text, snippets) and through KnowledgeIndex alone.
internal static class KnowledgeBench
{
    private const int Batch = 5000;

    private static readonly BenchQuery[] Queries =
    [
        new("пособие"),
        new("выплата"),
        new("справка о доходах"),
        new("пособия многодетным"),
        new("многодетной семье"),
        new("ветеранов труда"),
        new("инвалидность"),
        new("ЕДВ"),
        new("ЕДВ ветерану"),
        new("МСЭ"),
        new("направление на медико-социальную экспертизу"),
        new("компенсация ЖКУ"),
        new("социальный контракт"),
        new("технические средства реабилитации"),
        new("как получить путёвку в санаторий"),
        new("заявление в управление социальной защиты"),
        new("какие документы нужны для назначения пособия малоимущей семье с тремя детьми"),
        new("криптовалюта"),
        new("пособие на содержание крокодила"),
        new("пособие", Section: "Пособия семьям с детьми"),
        new("справка", Section: "Инвалидность и реабилитация"),
        new("выплата", Type: MaterialType.Regulation),
        new("заявление", Type: MaterialType.AnswerTemplate),
        new("компенсация", Section: "Компенсация расходов на ЖКУ", Type: MaterialType.Faq),
    ];

    public static async Task<int> Main(string[] args)
    {
        var items = Int(args, 0, 100_000);
        var searches = Int(args, 1, 2000);
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-knowledge-{Guid.NewGuid():N}.db");
        try
        {
            await using var factory = new BenchFactory($"Data Source={file}");
            _ = factory.Server;
            await Run(factory.Services, file, items, searches);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }

        return 0;
    }

    private static async Task Run(IServiceProvider services, string file, int items, int searches)
    {
        var clock = Stopwatch.StartNew();
        var (sections, words) = await Seed(services, file, items);
        Console.WriteLine($"knowledge base: {items:N0} items in {sections.Count} sections, {words / 1e6:F1} M words " +
            $"({(double)words / items:F0} per item), seeded in {clock.Elapsed.TotalSeconds:F0} s; " +
            $"SQLite file {new FileInfo(file).Length / 1048576.0:F0} MiB");

        await using (var scope = services.CreateAsyncScope())
        {
            var sample = await scope.ServiceProvider.GetRequiredService<OtklikDbContext>().KnowledgeItems
                .OrderByDescending(i => i.Id).Select(i => new { i.Title, i.Body }).FirstAsync();
            var start = sample.Body[..Math.Min(600, sample.Body.Length)];
            Console.WriteLine($"a generated item: «{sample.Title}»\n{start}…");
        }

        var (managedBefore, workingBefore) = Memory();
        var time = new ShiftedClock();
        using var index = new KnowledgeIndex(time, services.GetRequiredService<ILogger<KnowledgeIndex>>());
        await using (var scope = services.CreateAsyncScope())
        {
            clock.Restart();
            await index.CatchUpAsync(scope.ServiceProvider.GetRequiredService<OtklikDbContext>());
            Console.WriteLine($"index build from the database (first CatchUpAsync): " +
                $"{clock.Elapsed.TotalSeconds:F1} s, {index.Count:N0} documents");
        }

        var (managed, working) = Memory();
        Console.WriteLine($"memory after the build: managed heap {managed:F0} MiB (before the build " +
            $"{managedBefore:F0} MiB), working set {working:F0} MiB (before {workingBefore:F0} MiB), " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");

        var queries = Queries.Select(q => new IndexQuery(q.Text,
            q.Section is null ? null : sections[q.Section], q.Type)).ToArray();
        var plan = Enumerable.Range(0, searches).Select(i => i % queries.Length).ToArray();
        new Random(11).Shuffle(plan);

        // Warm-up, not measured: JIT, the context pool, the database's page cache.
        foreach (var full in new[] { true, false })
        {
            await Measure(services, index, queries, [.. Enumerable.Range(0, queries.Length * 10)
                .Select(i => i % queries.Length)], full);
        }

        Console.WriteLine($"load average before the searches: {Load()}");
        var fullRun = await Measure(services, index, queries, plan, full: true);
        Print("full search, KnowledgeSearch.SearchAsync(remember: false)", fullRun);
        var indexRun = await Measure(services, index, queries, plan, full: false);
        Print("index only, KnowledgeIndex.SearchAsync", indexRun);

        // With few readers every search finds the last catch-up more than 2 s old and pays for the next one.
        var due = await Measure(services, index, queries, plan[..Math.Min(plan.Length, 500)], full: true,
            () => time.Shift += TimeSpan.FromSeconds(3));
        Print("full search, each one catching up with the database first", due);
        Console.WriteLine($"load average after the searches: {Load()}");

        Console.WriteLine();
        Console.WriteLine("| Query | Hits | Full p50 | Full p95 | Index p50 | Index p95 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        for (var q = 0; q < queries.Length; q++)
        {
            var f = fullRun.PerQuery[q];
            var x = indexRun.PerQuery[q];
            var close = fullRun.Relaxed[q] ? " (close)" : string.Empty;
            Console.WriteLine($"| {Queries[q].Label} | {fullRun.Hits[q]:N0}{close} | " +
                $"{Pct(f, 0.5):F2} | {Pct(f, 0.95):F2} | {Pct(x, 0.5):F2} | {Pct(x, 0.95):F2} |");
        }

        await Parts(services, index, queries);
        await CatchUpRead(services);
    }

    private sealed record Timings(
        double[] All, List<double>[] PerQuery, int[] Hits, bool[] Relaxed, TimeSpan Elapsed, string Collections);

    private static async Task<Timings> Measure(
        IServiceProvider services, KnowledgeIndex index, IndexQuery[] queries, int[] plan, bool full,
        Action? before = null)
    {
        var all = new double[plan.Length];
        var perQuery = queries.Select(_ => new List<double>()).ToArray();
        var hits = new int[queries.Length];
        var relaxed = new bool[queries.Length];
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < plan.Length; i++)
        {
            var q = plan[i];
            before?.Invoke();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
            var started = Stopwatch.GetTimestamp();
            if (full)
            {
                var found = await new KnowledgeSearch(db, index, TimeProvider.System)
                    .SearchAsync(queries[q], remember: false);
                (hits[q], relaxed[q]) = (found.Total, found.Relaxed);
            }
            else
            {
                var found = await index.SearchAsync(db, queries[q]);
                (hits[q], relaxed[q]) = (found.Total, found.Relaxed);
            }

            all[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            perQuery[q].Add(all[i]);
        }

        clock.Stop();
        Array.Sort(all);
        foreach (var list in perQuery)
        {
            list.Sort();
        }

        var collections = $"{GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, " +
            $"{GC.CollectionCount(2) - gen2} gen2 collections, " +
            $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused";
        return new Timings(all, perQuery, hits, relaxed, clock.Elapsed, collections);
    }

    private static void Print(string title, Timings run)
    {
        var a = run.All;
        Console.WriteLine($"{title}: {a.Length} searches on one thread");
        Console.WriteLine($"  latency ms: p50 {Pct(a, 0.50):F2}, p95 {Pct(a, 0.95):F2}, p99 {Pct(a, 0.99):F2}, " +
            $"max {a[^1]:F2}; mean {a.Average():F2}; {a.Length / a.Sum() * 1000:F0} searches/s " +
            $"({a.Length / run.Elapsed.TotalSeconds:F0}/s with the scope per search)");
        Console.WriteLine($"  {run.Collections}");
    }

    // Where the time of a full search goes: the same steps as KnowledgeSearch, timed one by one (medians of
    // 20 runs per query).
    private static async Task Parts(IServiceProvider services, KnowledgeIndex index, IndexQuery[] queries)
    {
        Console.WriteLine();
        Console.WriteLine("| Query | Index | Hit rows | Markdown → plain | Snippets |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var q = 0; q < queries.Length; q++)
        {
            var parts = new double[4][];
            for (var p = 0; p < parts.Length; p++)
            {
                parts[p] = new double[20];
            }

            for (var r = 0; r < 20; r++)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
                var started = Stopwatch.GetTimestamp();
                var found = await index.SearchAsync(db, queries[q]);
                parts[0][r] = Lap(ref started);
                var ids = found.Hits.Select(h => h.ItemId).ToList();
                var rows = await db.KnowledgeItems.AsNoTracking()
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
                    .ToDictionaryAsync(i => i.Id);
                parts[1][r] = Lap(ref started);
                var plain = rows.Values.Select(i => MarkdownText.ToPlain(i.Body)).ToList();
                parts[2][r] = Lap(ref started);
                _ = plain.Select(p => Snippets.Html(p, found.Terms)).ToList();
                parts[3][r] = Lap(ref started);
            }

            foreach (var p in parts)
            {
                Array.Sort(p);
            }

            Console.WriteLine($"| {Queries[q].Label} | {Pct(parts[0], 0.5):F2} | {Pct(parts[1], 0.5):F2} | " +
                $"{Pct(parts[2], 0.5):F2} | {Pct(parts[3], 0.5):F2} |");
        }
    }

    // A catch-up rereads the (Id, UpdatedAt) pairs of items changed in the five minutes before the newest
    // one it has seen. Normally a handful; right after a bulk import, all of them, every two seconds.
    private static async Task CatchUpRead(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
        var times = new double[5];
        var count = 0;
        for (var r = 0; r < times.Length; r++)
        {
            var started = Stopwatch.GetTimestamp();
            var from = DateTimeOffset.MinValue;
            count = (await db.KnowledgeItems.AsNoTracking().Where(i => i.UpdatedAt >= from)
                .Select(i => new { i.Id, i.UpdatedAt }).ToListAsync()).Count;
            times[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine();
        Console.WriteLine($"catch-up read when all {count:N0} items changed in the last five minutes: " +
            $"median {Pct(times, 0.5):F1} ms");
    }

    // Another process on the two cores shows here; the figures are only as good as the machine was idle.
    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    private static double Lap(ref long started)
    {
        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(started, now).TotalMilliseconds;
        started = now;
        return ms;
    }

    private static (double Managed, double Working) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (GC.GetTotalMemory(true) / 1048576.0, Environment.WorkingSet / 1048576.0);
    }

    // Sections through EF, items straight through prepared SQL in transactions of 5,000: EF's change
    // tracking would take longer than the measurement. Items were last changed at random over three years.
    private static async Task<(Dictionary<string, int> Sections, long Words)> Seed(
        IServiceProvider services, string file, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var sections = new Dictionary<string, int>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
            var departments = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
            var added = KnowledgeText.Sections.Select((s, i) => new KnowledgeSection
            {
                Title = s.Title,
                DepartmentId = departments[i % departments.Count],
                NextReviewOn = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(3),
                CreatedAt = now,
            }).ToList();
            db.KnowledgeSections.AddRange(added);
            await db.SaveChangesAsync();
            foreach (var s in added)
            {
                sections[s.Title] = s.Id;
            }
        }

        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO "KnowledgeItems" ("SectionId", "Type", "Title", "Body", "Version", "UpdatedAt",
                "UpdatedBy", "IsArchived", "Revision")
            VALUES ($section, $type, $title, $body, 1, $at, 'bench', 0, 0)
            """;
        var section = insert.Parameters.Add("$section", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);

        var binary = new DateTimeOffsetToBinaryConverter();
        var text = new KnowledgeText(2026);
        var random = new Random(5);
        var threeYears = (int)TimeSpan.FromDays(3 * 365).TotalSeconds;
        long words = 0;
        for (var start = 0; start < count; start += Batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            insert.Transaction = transaction;
            for (var n = start; n < Math.Min(count, start + Batch); n++)
            {
                var (plan, topic) = text.PickTopic(n);
                var kind = text.PickType();
                section.Value = sections[plan.Title];
                type.Value = kind.ToString();
                title.Value = text.Title(topic, kind);
                body.Value = text.Body(topic, out var written);
                at.Value = binary.ConvertToProvider(now.AddSeconds(-600 - random.Next(threeYears)));
                words += written;
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        return (sections, words);
    }

    private static int Int(string[] args, int index, int fallback) =>
        int.TryParse(args.ElementAtOrDefault(index), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static double Pct(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}

// The system clock, moved on at will to make the index's next search catch up with the database.
internal sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}

internal sealed class BenchFactory(string connection) : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Otklik", connection);
        builder.UseSetting("Otklik:Appeals:ReminderIntervalMinutes", "0");
        builder.UseSetting("Otklik:Mail:DispatchIntervalSeconds", "0");
        builder.UseSetting("Otklik:Knowledge:ReminderIntervalMinutes", "0");
        builder.UseSetting("Otklik:Knowledge:ImportIntervalSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Otklik.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Otklik.Web not found above " + AppContext.BaseDirectory);
    }
}
