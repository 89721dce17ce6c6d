using System.IO.Compression;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Knowledge.Import;

// Imports a zipped folder tree from the ministry's share (R28.3). The archive is kept first and the import
// queued; a job on any node then takes it file by file, each file committed with its item and original, so
// a node that stops halfway leaves the rest to another node and nothing is imported twice.
public sealed partial class KnowledgeImporter(
    OtklikDbContext db, KnowledgeAccess access, KnowledgeFiles files, KnowledgeIndex index, AuditLog audit,
    TimeProvider time, ILogger<KnowledgeImporter> logger)
{
    public const int MaxArchiveMegabytes = 200;
    public const int MaxEntries = 5000;
    public const long MaxEntryBytes = 50L * 1024 * 1024;

    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(15);

    public async Task<Result<KnowledgeImport>> StartAsync(int sectionId, IFormFile? archive, ClaimsPrincipal user)
    {
        var section = await db.KnowledgeSections.FindAsync(sectionId);
        if (section is null || !(await access.RightsAsync(user, section)).CanEdit)
        {
            return Errors.Forbidden("knowledge.not_owner",
                "Импортировать в раздел могут только сотрудники его отдела.");
        }

        if (archive is null || archive.Length == 0 || archive.Length > MaxArchiveMegabytes * 1024L * 1024L)
        {
            return Errors.Validation("knowledge.import.archive_required",
                $"Выберите ZIP-архив папки размером до {MaxArchiveMegabytes} МБ.");
        }

        using var buffer = new MemoryStream();
        await archive.CopyToAsync(buffer);
        var content = buffer.ToArray();
        var total = CountFiles(content);
        if (!total.IsSuccess)
        {
            return total.Error!;
        }

        var import = new KnowledgeImport
        {
            SectionId = sectionId,
            ArchiveName = KnowledgeFiles.SafeName(archive.FileName),
            ArchiveHash = await files.PutAsync(content),
            State = ImportState.Queued,
            Total = total.Value,
            StartedBy = Actor.From(user).Name,
            CreatedAt = time.GetUtcNow(),
        };
        db.KnowledgeImports.Add(import);
        await db.SaveChangesAsync();
        audit.Record("knowledge.import_started", nameof(KnowledgeImport), import.Id,
            new { import.SectionId, import.ArchiveName, import.Total });
        await db.SaveChangesAsync();
        return import;
    }

    // Takes one waiting import (or one whose node stopped) and runs it to the end; returns whether it found one.
    public async Task<bool> RunNextAsync(CancellationToken token = default)
    {
        var now = time.GetUtcNow();
        var stale = now - ClaimLifetime;
        var candidate = await db.KnowledgeImports.AsNoTracking()
            .Where(i => i.State == ImportState.Queued || (i.State == ImportState.Running && i.ClaimedAt < stale))
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.ClaimedAt }).FirstOrDefaultAsync(token);
        if (candidate is null)
        {
            return false;
        }

        // The claim is taken by a conditional update, so two nodes never run the same import.
        var claimed = await db.KnowledgeImports
            .Where(i => i.Id == candidate.Id && i.ClaimedAt == candidate.ClaimedAt && i.State != ImportState.Done)
            .ExecuteUpdateAsync(
                i => i.SetProperty(x => x.State, ImportState.Running).SetProperty(x => x.ClaimedAt, now), token);
        if (claimed == 1)
        {
            await RunAsync(candidate.Id, token);
        }

        return true;
    }

    private async Task RunAsync(int importId, CancellationToken token)
    {
        var import = await db.KnowledgeImports.FirstAsync(i => i.Id == importId, token);
        var done = (await db.KnowledgeImportEntries.Where(e => e.ImportId == importId).Select(e => e.Path)
            .ToListAsync(token)).ToHashSet();
        await using var stream = files.Open(import.ArchiveHash)
            ?? throw new InvalidOperationException($"Archive of import {importId} is missing");
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);

        foreach (var entry in zip.Entries.Where(IsFile).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (!done.Contains(PathOf(entry)))
            {
                // Renewed before each file, so a large file does not let another node think this one stopped.
                import.ClaimedAt = time.GetUtcNow();
                await db.SaveChangesAsync(token);
                await ImportEntryAsync(import, entry, token);
            }
        }

        import.State = ImportState.Done;
        import.FinishedAt = time.GetUtcNow();
        audit.Record("knowledge.import_finished", nameof(KnowledgeImport), import.Id,
            new { import.Imported, import.Unreadable }, actor: new Actor(null, import.StartedBy));
        await db.SaveChangesAsync(token);
        Log.Finished(logger, import.Id, import.Imported, import.Unreadable);
    }

    private async Task ImportEntryAsync(KnowledgeImport import, ZipArchiveEntry entry, CancellationToken token)
    {
        var path = PathOf(entry);
        var row = new KnowledgeImportEntry { ImportId = import.Id, Path = path };
        var (content, extracted) = await ReadAsync(entry, token);
        await using var transaction = await db.Database.BeginTransactionAsync(token);
        if (!extracted.IsSuccess)
        {
            var message = extracted.Error!.Message;
            row.Problem = message.Length > 500 ? message[..500] : message;
            import.Unreadable++;
        }
        else
        {
            var item = await AddItemAsync(import, path, content!, extracted.Value!, token);
            row.ItemId = item.Id;
            import.Imported++;
        }

        import.ClaimedAt = time.GetUtcNow();
        db.KnowledgeImportEntries.Add(row);
        await db.SaveChangesAsync(token);
        await transaction.CommitAsync(token);
        if (row.ItemId is { } id)
        {
            await index.RefreshAsync(db, id, token);
        }
    }

    private async Task<KnowledgeItem> AddItemAsync(
        KnowledgeImport import, string path, byte[] content, ExtractedText text, CancellationToken token)
    {
        var item = new KnowledgeItem
        {
            SectionId = import.SectionId,
            Type = MaterialType.Other,
            Title = text.Title,
            Body = text.Text.Length > KnowledgeLimits.BodyChars ? text.Text[..KnowledgeLimits.BodyChars] : text.Text,
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = import.StartedBy,
            SourcePath = path,
        };
        item.Attachments.Add(new KnowledgeAttachment
        {
            FileName = KnowledgeFiles.SafeName(path),
            ContentType = ContentTypeOf(path),
            Size = content.Length,
            Hash = await files.PutAsync(content, token),
        });
        db.KnowledgeItems.Add(item);
        await db.SaveChangesAsync(token);
        db.KnowledgeVersions.Add(new KnowledgeVersion
        {
            ItemId = item.Id,
            Number = 1,
            Title = item.Title,
            Body = item.Body,
            SavedAt = item.UpdatedAt,
            Author = import.StartedBy,
            Reason = $"Импорт из «{import.ArchiveName}»: {path}",
        });
        audit.Record("knowledge.item_imported", nameof(KnowledgeItem), item.Id, new { import = import.Id, path },
            actor: new Actor(null, import.StartedBy));
        return item;
    }

    private static async Task<(byte[]? Content, Result<ExtractedText> Text)> ReadAsync(
        ZipArchiveEntry entry, CancellationToken token)
    {
        if (!DocumentText.IsSupported(entry.Name))
        {
            return (null, Errors.Validation("knowledge.import.unsupported-type",
                "Такие файлы не импортируются: нужны DOCX, PDF, TXT или MD."));
        }

        if (entry.Length > MaxEntryBytes)
        {
            return (null, Errors.Validation("knowledge.import.too_large", "Файл больше 50 МБ."));
        }

        using var buffer = new MemoryStream();
        await using (var source = await entry.OpenAsync(token))
        {
            await source.CopyToAsync(buffer, token);
        }

        var content = buffer.ToArray();
        using var read = new MemoryStream(content, writable: false);
        return (content, DocumentText.Extract(entry.Name, read));
    }

    private static Result<int> CountFiles(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var count = zip.Entries.Count(IsFile);
            return count switch
            {
                0 => Errors.Validation("knowledge.import.empty_archive", "В архиве нет файлов."),
                > MaxEntries => Errors.Validation("knowledge.import.too_many",
                    $"В архиве больше {MaxEntries} файлов: разделите его на части."),
                _ => count,
            };
        }
        catch (InvalidDataException)
        {
            return Errors.Validation("knowledge.import.not_zip",
                "Файл не является ZIP-архивом. Сожмите папку в ZIP («Отправить → Сжатая ZIP-папка»).");
        }
    }

    private static bool IsFile(ZipArchiveEntry entry) =>
        entry.Name.Length > 0
        && !entry.FullName.Split('/', '\\').Any(p => p.StartsWith("__MACOSX", StringComparison.Ordinal));

    private static string PathOf(ZipArchiveEntry entry)
    {
        var path = entry.FullName.Replace('\\', '/');
        return path.Length > 1000 ? path[^1000..] : path;
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".md" => "text/markdown; charset=utf-8",
        _ => "text/plain",
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 2702, Level = LogLevel.Information,
            Message = "Knowledge import {ImportId} finished: {Imported} imported, {Unreadable} unreadable")]
        public static partial void Finished(ILogger logger, int importId, int imported, int unreadable);
    }
}

public sealed class KnowledgeImportJob(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<KnowledgeImportJob> logger,
    IOptions<KnowledgeOptions> options)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ImportIntervalSeconds);

    protected override bool RunsAtStart => true;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken token)
    {
        var importer = services.GetRequiredService<KnowledgeImporter>();
        while (await importer.RunNextAsync(token))
        {
        }
    }
}
