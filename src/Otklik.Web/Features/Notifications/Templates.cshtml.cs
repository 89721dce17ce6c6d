using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Notifications;

[Authorize(Policy = Policies.Administrator)]
public sealed class TemplatesModel(OtklikDbContext db, NoticeTemplateEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public NoticeKind? Current { get; private set; }

    public bool Customised { get; private set; }

    public IReadOnlyList<PlainFinding> Findings { get; private set; } = [];

    public string Preview { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        Current = NoticeKinds.Find(Kind);
        if (Current is null)
        {
            return Page();
        }

        var stored = await db.NoticeTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Kind == Current.Code);
        Customised = stored is not null;
        Subject = stored?.Subject ?? Current.Subject;
        Body = stored?.Body ?? Current.Body;
        Examine();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool reset)
    {
        Current = NoticeKinds.Find(Kind);
        if (Current is null)
        {
            return NotFound();
        }

        var result = await editor.SaveAsync(Current, Subject, Body, reset, User);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            Examine();
            return Page();
        }

        Flash.Put(TempData, reset ? "Восстановлен текст по умолчанию." : "Шаблон сохранён.");
        return Redirect($"/notifications/templates?kind={Current.Code}");
    }

    private void Examine()
    {
        Findings = NoticeTemplateEditor.Findings(Current!, Body ?? string.Empty);
        Preview = NoticeTemplateStore.Fill(Body ?? string.Empty, NoticeKinds.Sample);
    }
}
