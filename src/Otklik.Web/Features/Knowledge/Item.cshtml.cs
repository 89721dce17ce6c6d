using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

public sealed class ItemModel(
    OtklikDbContext db, KnowledgeAccess access, KnowledgeEditor editor, KnowledgeReviews reviews,
    KnowledgeFiles files) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public KnowledgeItem Item { get; private set; } = null!;

    public KnowledgeSection Section { get; private set; } = null!;

    public SectionRights Rights { get; private set; } = new(false, false);

    public IReadOnlyList<KnowledgeFeedback> OpenFeedback { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetFileAsync(int fileId)
    {
        var file = await db.KnowledgeAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == fileId && a.ItemId == Id);
        return file is null || files.Open(file.Hash) is not { } stream
            ? NotFound()
            : File(stream, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostFeedbackAsync(string? text)
    {
        return Done(await editor.AddFeedbackAsync(Id, text, User),
            "Спасибо: замечание увидят при проверке материала.");
    }

    public async Task<IActionResult> OnPostChangedAsync(string? description)
    {
        var result = await editor.MarkFactChangedAsync(description, [Id], User);
        return Done(result, result.IsSuccess
            ? $"Материал поставлен на проверку до {result.Value:dd.MM.yyyy}." : string.Empty);
    }

    public async Task<IActionResult> OnPostReviewAsync(bool changed, string? note)
    {
        var sectionId = await db.KnowledgeItems.Where(i => i.Id == Id).Select(i => i.SectionId).FirstOrDefaultAsync();
        return Done(await reviews.RecordAsync(sectionId, Id, changed, note, User), "Проверка материала записана.");
    }

    public async Task<IActionResult> OnPostArchiveAsync(int revision, bool archived)
    {
        return Done(await editor.SetArchivedAsync(Id, revision, archived, User),
            archived ? "Материал убран в архив и больше не находится поиском." : "Материал возвращён из архива.");
    }

    public async Task<IActionResult> OnPostAttachAsync(int revision, IFormFile? file)
    {
        return Done(await files.AttachAsync(Id, revision, file, User), "Файл приложен.");
    }

    private RedirectResult Done<T>(Result<T> result, string message)
    {
        Flash.Put(TempData, result.IsSuccess ? message : result.Error!.Message);
        return Redirect($"/knowledge/items/{Id}");
    }

    private async Task<bool> LoadAsync()
    {
        var item = await db.KnowledgeItems.AsNoTracking().Include(i => i.Attachments)
            .FirstOrDefaultAsync(i => i.Id == Id);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Section = await db.KnowledgeSections.AsNoTracking().FirstAsync(s => s.Id == item.SectionId);
        Rights = await access.RightsAsync(User, Section);
        OpenFeedback = await db.KnowledgeFeedback.AsNoTracking().Where(f => f.ItemId == Id && f.ReviewId == null)
            .OrderBy(f => f.At).ToListAsync();
        return true;
    }
}
