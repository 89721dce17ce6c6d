using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Text.Abuse;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Features.TextAnalysis;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

public sealed class ActInput
{
    public AppealAction Action { get; set; }

    public int Revision { get; set; }

    public string? Reason { get; set; }

    public bool Urgent { get; set; }

    public bool Abusive { get; set; }

    public int? ExecutorId { get; set; }

    public List<int> CoExecutorIds { get; set; } = [];

    public DateOnly? DueOn { get; set; }

    public int? Days { get; set; }

    public string? Outcome { get; set; }

    public int? DepartmentId { get; set; }

    public string? AnswerText { get; set; }

    public bool Refusal { get; set; }

    public int? AgencyId { get; set; }

    public AppealCommand ToCommand() => new(Action, Revision, Reason, Urgent, Abusive, ExecutorId, CoExecutorIds,
        DueOn, Days, Outcome, DepartmentId, AnswerText, Refusal, AgencyId: AgencyId);
}

public sealed record Person(int Id, string Name);

public sealed class DetailsModel(
    OtklikDbContext db, AppealAccess access, AppealWorkflow workflow, UrgencySuggestion suggestion,
    AttachmentStore store, CalendarCache calendar, TimeProvider time, IOptions<WorkingHoursOptions> hours)
    : PageModel
{
    public Appeal Appeal { get; private set; } = null!;

    public AppealActor Actor { get; private set; } = null!;

    public AbuseResult Abuse { get; private set; } = null!;

    public string TextHtml { get; private set; } = "";

    public IReadOnlyList<AppealAction> Actions { get; private set; } = [];

    // The action whose form is open; triage opens by itself for a head while the appeal waits for it.
    [BindProperty(SupportsGet = true)]
    public AppealAction? Act { get; set; }

    public ActInput Input { get; private set; } = new();

    public IReadOnlyList<string> UrgencyReasons { get; private set; } = [];

    public DateOnly UrgentCap { get; private set; }

    public DateOnly AbusiveNoticeDue { get; private set; }

    public DateOnly ForwardingDue { get; private set; }

    public string? DaysLeft { get; private set; }

    public IReadOnlyList<Person> Colleagues { get; private set; } = [];

    public IReadOnlyList<Person> Others { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<AppealNotice> Notices { get; private set; } = [];

    public bool HasAnswer { get; private set; }

    public IReadOnlyList<Agencies.Agency> Agencies { get; private set; } = [];

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).ToString("dd.MM.yyyy HH:mm");

    public string NameOf(int? employeeId) =>
        employeeId is { } id ? Names.GetValueOrDefault(id, "—") : "не назначен";

    public async Task<IActionResult> OnGetAsync(int id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, [FromForm] ActInput input)
    {
        var result = await workflow.ActAsync(id, input.ToCommand(), User);
        if (result.IsSuccess)
        {
            Flash.Put(TempData, $"Готово: {AppealLifecycle.Title(input.Action).ToLowerInvariant()}.");
            return Redirect($"/appeals/{id}");
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.AddError(result.Error!);
        Act = input.Action;
        Input = input;
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostHoldAsync(int id, string? legalHold)
    {
        var result = await workflow.SetLegalHoldAsync(id, legalHold, User);
        if (result.IsSuccess)
        {
            Flash.Put(TempData,
                result.Value!.LegalHold is null ? "Запрет удаления снят." : "Запрет удаления установлен.");
            return Redirect($"/appeals/{id}");
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.AddError(result.Error!);
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    // Served only to those who may open the appeal, always as a download with the type found on intake.
    public async Task<IActionResult> OnGetFileAsync(int id, int fileId)
    {
        var appeal = await db.Appeals.AsNoTracking().Include(a => a.CoExecutors).FirstOrDefaultAsync(a => a.Id == id);
        if (appeal is null || await access.ActorAsync(User, appeal) is not { CanSee: true })
        {
            return NotFound();
        }

        var file = await db.AppealAttachments.AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == fileId && f.AppealId == id);
        if (file is null || store.Open(file.Sha256) is not { } content)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(content, file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var appeal = await db.Appeals.AsNoTracking()
            .Include(a => a.Client).Include(a => a.Events).Include(a => a.CoExecutors).Include(a => a.Attachments)
            .FirstOrDefaultAsync(a => a.Id == id);
        if (appeal is null || await access.ActorAsync(User, appeal) is not { CanSee: true } actor)
        {
            // The same answer whether the appeal is missing or belongs to another department.
            return false;
        }

        (Appeal, Actor) = (appeal, actor);
        Actions = AppealLifecycle.Available(appeal.Status, actor.IsHead, actor.IsExecutor);
        Act ??= actor.IsHead && appeal.Status == AppealStatus.Registered ? AppealAction.Triage : null;
        Input = new ActInput { Revision = appeal.Revision, Urgent = appeal.UrgencyReasons.Count > 0 };
        Abuse = AbuseDetector.Default.Analyze(appeal.Text);
        TextHtml = Highlight.Render(appeal.Text, Abuse.Findings.Select(f => new Mark(f.Start, f.Length, "mark-abuse",
            TextAnalysis.IndexModel.Title(f.Category))));
        await LoadDeadlinesAsync(appeal);
        await LoadPeopleAsync(appeal);
        Notices = await db.AppealNotices.AsNoTracking().Where(n => n.AppealId == id).OrderBy(n => n.Id).ToListAsync();
        HasAnswer = await db.AppealAnswers.Where(x => x.AppealId == id).AnyAsync(AppealAnswer.WasSent);
        Agencies = await db.Agencies.AsNoTracking().Where(x => x.IsActive).OrderBy(x => x.Name).ToListAsync();
        return true;
    }

    private async Task LoadDeadlinesAsync(Appeal appeal)
    {
        var production = await calendar.GetAsync();
        var engine = new DeadlineEngine(production);
        UrgentCap = engine.Compute(DeadlinePolicies.UrgentAnswer, appeal.RegisteredOn).Date;
        AbusiveNoticeDue = engine.Compute(DeadlinePolicies.AbusiveNotice, appeal.RegisteredOn).Date;
        ForwardingDue = engine.Compute(DeadlinePolicies.Forwarding, appeal.RegisteredOn).Date;
        UrgencyReasons = appeal.Status == AppealStatus.Registered
            ? await suggestion.ReasonsAsync(appeal)
            : appeal.UrgencyReasons;
        if (AppealLifecycle.IsOpen(appeal.Status))
        {
            DaysLeft = new Countdown(production, TimeZones.Today(time, hours.Value.TimeZone)).Text(appeal);
        }
    }

    private async Task LoadPeopleAsync(Appeal appeal)
    {
        var people = await db.Employees.AsNoTracking().Where(e => e.IsActive)
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .Select(e => new { e.Id, e.LastName, e.FirstName, e.MiddleName, e.DepartmentId })
            .ToListAsync();
        var named = people.Select(e => (e.DepartmentId, Person: new Person(e.Id,
            string.Join(' ', new[] { e.LastName, e.FirstName, e.MiddleName }.Where(p => !string.IsNullOrEmpty(p))))))
            .ToList();
        Names = named.ToDictionary(p => p.Person.Id, p => p.Person.Name);
        Colleagues = [.. named.Where(p => p.DepartmentId == appeal.DepartmentId).Select(p => p.Person)];
        Others = [.. named.Where(p => p.DepartmentId != appeal.DepartmentId).Select(p => p.Person)];
        Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).ToListAsync();
    }
}
