using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// The executor's answer editor (R5, R10–R12): templates from the knowledge base with the appeal's facts
// filled in, knowledge-base search with one-click insertion, the plain-language check, and sending on
// the client's channels with a survey link.
public sealed class AnswerEditorModel(
    OtklikDbContext db, AppealAccess access, AppealWorkflow workflow, KnowledgeSearch search,
    IOptions<Portal.MinistryOptions> ministry, IOptions<WorkingHoursOptions> hours, IOptions<AppealsOptions> options)
    : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public string? AnswerText { get; set; }

    [BindProperty]
    public bool Refusal { get; set; }

    [BindProperty]
    public string? KnowledgeItemIds { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Query { get; set; }

    public Appeal Appeal { get; private set; } = null!;

    public IReadOnlyList<KnowledgeItem> Templates { get; private set; } = [];

    public KnowledgeResults? Found { get; private set; }

    public PlainLanguageResult? Plain { get; private set; }

    // With approval on, an executor submits the answer and the head sends it.
    public bool Submits { get; private set; }

    public AppealAnswer? Pending { get; private set; }

    // The last draft the head returned, with his remarks, while no newer one is waiting.
    public AppealAnswer? Returned { get; private set; }

    [BindProperty]
    public string? Remarks { get; set; }

    public bool CanReturn => Pending is not null && !Submits;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Revision = Appeal.Revision;
        if ((Pending ?? Returned) is { } draft)
        {
            (AnswerText, Refusal) = (draft.Text, draft.IsRefusal);
            KnowledgeItemIds = string.Join(',', draft.KnowledgeItemIds);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTemplateAsync(int templateId)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var template = Templates.FirstOrDefault(t => t.Id == templateId);
        if (template is not null)
        {
            Append(await FillAsync(MarkdownText.ToPlain(template.Body)), template.Id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSearchAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            Found = await search.SearchAsync(new IndexQuery(Query, Limit: 5), remember: true);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostInsertAsync(int itemId)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var item = await db.KnowledgeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && !i.IsArchived);
        if (item is not null)
        {
            Append(await FillAsync(MarkdownText.ToPlain(item.Body)), item.Id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Plain = PlainLanguageChecker.Default.Check(AnswerText ?? string.Empty, Refusal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var action = Submits ? AppealAction.SubmitAnswer : AppealAction.Answer;
        var command = new AppealCommand(action, Revision, AnswerText: AnswerText, Refusal: Refusal,
            KnowledgeItemIds: ParseIds(KnowledgeItemIds));
        var result = await workflow.ActAsync(Id, command, User);
        if (result.IsSuccess)
        {
            Flash.Put(TempData, Submits
                ? "Ответ отправлен на согласование начальнику отдела."
                : "Ответ отправлен заявителю выбранными им способами, с приглашением к опросу.");
            return Redirect($"/appeals/{Id}");
        }

        ModelState.AddError(result.Error!);
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var result = await workflow.ActAsync(Id,
            new AppealCommand(AppealAction.ReturnAnswer, Revision, Reason: Remarks), User);
        if (result.IsSuccess)
        {
            Flash.Put(TempData, "Ответ возвращён исполнителю с замечаниями.");
            return Redirect($"/appeals/{Id}");
        }

        ModelState.AddError(result.Error!);
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    // The letter for the post, from the answer as it was sent.
    public async Task<IActionResult> OnGetLetterAsync()
    {
        var appeal = await db.Appeals.Include(a => a.Client).Include(a => a.CoExecutors)
            .FirstOrDefaultAsync(a => a.Id == Id);
        if (appeal is null || !(await access.ActorAsync(User, appeal)).CanSee)
        {
            return NotFound();
        }

        var answer = await db.AppealAnswers.AsNoTracking().Where(a => a.AppealId == Id).Where(AppealAnswer.WasSent)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync();
        if (answer is null)
        {
            return NotFound();
        }

        var executor = await db.Employees.Where(e => e.Id == appeal.ExecutorId).Select(e => e.LastName + " " +
            e.FirstName + " " + (e.MiddleName ?? "") + ", " + (e.Phone ?? "")).FirstOrDefaultAsync() ?? answer.Author;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(answer.SentAt,
            TimeZones.Find(hours.Value.TimeZone)).DateTime);
        var docx = AnswerLetter.Docx(ministry.Value, appeal, answer, executor.Trim().TrimEnd(','), date);
        return File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"answer-{appeal.RegistrationNumber.Replace('/', '-')}.docx");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var appeal = await db.Appeals.AsNoTracking().Include(a => a.Client).Include(a => a.CoExecutors)
            .FirstOrDefaultAsync(a => a.Id == Id);
        if (appeal is null)
        {
            return NotFound();
        }

        var actor = await access.ActorAsync(User, appeal);
        if (!actor.CanSee)
        {
            return NotFound();
        }

        if (!AppealLifecycle.Available(appeal.Status, actor.IsHead, actor.IsExecutor).Contains(AppealAction.Answer))
        {
            return Redirect($"/appeals/{Id}");
        }

        Appeal = appeal;
        Submits = options.Value.AnswerApproval && !actor.IsHead;
        var latest = await db.AppealAnswers.AsNoTracking().Where(x => x.AppealId == Id)
            .OrderByDescending(x => x.Id).FirstOrDefaultAsync();
        Pending = latest is { AwaitingApproval: true } ? latest : null;
        Returned = latest is { ReturnedWith: not null } ? latest : null;
        var sections = await db.KnowledgeSections.Where(s => s.DepartmentId == appeal.DepartmentId)
            .Select(s => s.Id).ToListAsync();
        Templates = (await db.KnowledgeItems.AsNoTracking()
            .Where(i => i.Type == MaterialType.AnswerTemplate && !i.IsArchived).ToListAsync())
            .OrderBy(i => sections.Contains(i.SectionId) ? 0 : 1).ThenBy(i => i.Title).ToList();
        return null;
    }

    private void Append(string text, int itemId)
    {
        AnswerText = string.IsNullOrWhiteSpace(AnswerText) ? text : AnswerText.TrimEnd() + "\n\n" + text;
        KnowledgeItemIds = string.Join(',', ParseIds(KnowledgeItemIds).Append(itemId).Distinct());
        ModelState.Clear();
    }

    // Template fields take the appeal's facts; a field it cannot fill stays in braces and stops sending.
    private async Task<string> FillAsync(string text)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == Appeal.DepartmentId);
        var executor = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == Appeal.ExecutorId);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ФИО"] = Appeal.Client?.Name,
            ["номер"] = Appeal.RegistrationNumber,
            ["дата"] = Appeal.RegisteredOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["дата обращения"] = Appeal.ReceivedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["срок"] = Appeal.EffectiveDueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            ["отдел"] = department?.Name,
            ["телефон отдела"] = department?.Phone,
            ["исполнитель"] = executor?.FullName,
            ["телефон исполнителя"] = executor?.Phone,
        };
        foreach (var (key, value) in values.Where(v => !string.IsNullOrWhiteSpace(v.Value)))
        {
            text = text.Replace("{" + key + "}", value, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static List<int> ParseIds(string? csv) =>
        [.. (csv ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct()];
}
