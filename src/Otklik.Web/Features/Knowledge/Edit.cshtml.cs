using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

// Writing and changing an item; a preview shows the rendered text and the plain-language findings (R11).
public sealed class EditModel(
    OtklikDbContext db, KnowledgeAccess access, KnowledgeEditor editor, Gaps.KnowledgeGaps gaps) : PageModel
{
    [FromRoute]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? SectionId { get; set; }

    // A candidate FAQ from the gaps page that this new item answers.
    [BindProperty(SupportsGet = true)]
    public int? Candidate { get; set; }

    [BindProperty]
    public string Type { get; set; } = MaterialTypes.Code(MaterialType.Faq);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [BindProperty]
    public string? Governs { get; set; }

    [BindProperty]
    public DateOnly? InForceFrom { get; set; }

    [BindProperty]
    public DateOnly? InForceTo { get; set; }

    public string SectionTitle { get; private set; } = "";

    public string? PreviewHtml { get; private set; }

    public PlainLanguageResult? Plain { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? section)
    {
        SectionId ??= section;
        if (Id is { } id)
        {
            var item = await db.KnowledgeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
            if (item is null)
            {
                return NotFound();
            }

            Fill(item);
        }
        else if (Candidate is { } candidate)
        {
            Title = await db.KnowledgeCandidates.Where(c => c.Id == candidate && c.Source == "search")
                .Select(c => c.Question).FirstOrDefaultAsync();
        }

        return await AllowedAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (MaterialTypes.Parse(Type) is not { } type)
        {
            ModelState.AddModelError("type", "Выберите тип материала.");
            return await AllowedAsync() ? Page() : Forbid();
        }

        var input = new ItemInput(type, Title, Body, Reason,
            new RegulationInput(Number, SignedOn, Link, Governs, InForceFrom, InForceTo));
        var result = Id is { } id
            ? await editor.UpdateAsync(id, Revision, input, User)
            : await editor.CreateAsync(SectionId ?? 0, input, User);
        if (!result.IsSuccess)
        {
            if (result.Error!.Status == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            ModelState.AddError(result.Error);
            await AllowedAsync();
            return Page();
        }

        if (Id is null && Candidate is { } answered)
        {
            await gaps.DecideAsync(answered, Gaps.CandidateState.Converted, result.Value!.Id, User);
        }

        Flash.Put(TempData, $"Сохранено: версия {result.Value!.Version}.");
        return Redirect($"/knowledge/items/{result.Value.Id}");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        PreviewHtml = MarkdownText.ToHtml(Body ?? string.Empty);
        Plain = PlainLanguageChecker.Default.Check(MarkdownText.ToPlain(Body ?? string.Empty));
        return await AllowedAsync() ? Page() : Forbid();
    }

    private void Fill(KnowledgeItem item)
    {
        (SectionId, Type, Title, Body, Revision) =
            (item.SectionId, MaterialTypes.Code(item.Type), item.Title, item.Body, item.Revision);
        if (item.Regulation is { } r)
        {
            (Number, SignedOn, Link, Governs, InForceFrom, InForceTo) =
                (r.Number, r.SignedOn, r.Link, r.Governs, r.InForceFrom, r.InForceTo);
        }
    }

    private async Task<bool> AllowedAsync()
    {
        if (Id is { } id)
        {
            SectionId = await db.KnowledgeItems.Where(i => i.Id == id).Select(i => (int?)i.SectionId)
                .FirstOrDefaultAsync();
        }

        var section = await db.KnowledgeSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SectionId);
        SectionTitle = section?.Title ?? "";
        return section is not null && (await access.RightsAsync(User, section)).CanEdit;
    }
}
