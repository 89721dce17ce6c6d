using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

// Files attached to items and originals of imported documents. They live apart from appeals' files, so the
// retention of appeals can never delete a file an article still links to.
public sealed class KnowledgeFiles(
    OtklikDbContext db, AttachmentStore appealFiles, KnowledgeAccess access, AuditLog audit)
{
    public const int MaxMegabytes = 20;

    private readonly AttachmentStore _store = appealFiles.Subfolder("knowledge");

    public Stream? Open(string hash) => _store.Open(hash);

    public Task<string> PutAsync(byte[] content, CancellationToken token = default) => _store.PutAsync(content, token);

    public async Task<Result<KnowledgeAttachment>> AttachAsync(
        int itemId, int revision, IFormFile? file, ClaimsPrincipal user)
    {
        if (file is null || file.Length == 0)
        {
            return Errors.Validation("knowledge.file_required", "Выберите файл.");
        }

        if (file.Length > MaxMegabytes * 1024L * 1024L)
        {
            return Errors.Validation("knowledge.file_too_large", $"Файл больше {MaxMegabytes} МБ.");
        }

        var item = await db.KnowledgeItems.FirstOrDefaultAsync(i => i.Id == itemId);
        if (item is null)
        {
            return Errors.NotFound("knowledge.item_not_found", "Материал не найден.");
        }

        var section = await db.KnowledgeSections.FirstAsync(s => s.Id == item.SectionId);
        if (!(await access.RightsAsync(user, section)).CanEdit)
        {
            return Errors.Forbidden("knowledge.not_owner",
                "Прикладывать файлы могут только сотрудники отдела-владельца.");
        }

        if (item.Revision != revision)
        {
            return Errors.Conflict("knowledge.stale", "Материал уже изменили. Откройте его заново.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        var sniffed = FileSniffer.Sniff(content);
        if (sniffed is null)
        {
            return Errors.Validation("knowledge.file_type", $"Можно приложить: {FileSniffer.AllowedTitles}.");
        }

        var attachment = new KnowledgeAttachment
        {
            ItemId = itemId,
            FileName = SafeName(file.FileName),
            ContentType = sniffed.ContentType,
            Size = content.Length,
            Hash = await PutAsync(content),
        };
        db.KnowledgeAttachments.Add(attachment);
        item.Revision++;
        audit.Record("knowledge.file_attached", nameof(KnowledgeItem), itemId, new { attachment.FileName });
        await db.SaveChangesAsync();
        return attachment;
    }

    public static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string([.. file.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c))]);
        return clean.Length == 0 ? "file" : clean.Length > 200 ? clean[^200..] : clean;
    }
}
