using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Agencies;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public sealed record ScriptView(string Title, string Html);

// The operator's call screen (R16–R24): scripts, the caller's history, the need and the answer with a
// knowledge-base search beside them, transfer, callback and the closing questions.
public sealed class CallModel(
    OtklikDbContext db, HotlineService hotline, HotlineAccess access, TransferSuggestions suggestions,
    CallerHistory history, KnowledgeSearch search, Calendar.CalendarCache calendar,
    Microsoft.Extensions.Options.IOptions<Otklik.Calendar.WorkingHoursOptions> hours) : PageModel
{
    public HotlineCall Call { get; private set; } = null!;

    public HotlineCallback? Callback { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlyList<ScriptView> Scripts { get; private set; } = [];

    public IReadOnlyList<CallerHistoryRow> History { get; private set; } = [];

    public string? ClientName { get; private set; }

    public IReadOnlyList<TransferCandidate> Suggestions { get; private set; } = [];

    public IReadOnlyList<Employee> Staff { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<Agency> AgencyList { get; private set; } = [];

    public Agency? Agency { get; private set; }

    public KnowledgeResults? Found { get; private set; }

    public string? ArticleTitle { get; private set; }

    public DateOnly LatestCallback { get; private set; }

    public Dictionary<int, string> Names { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostRecordAsync(
        int id, int revision, string? topic, string? need, string? answer, int? knowledgeItemId) =>
        ActAsync(id, () => hotline.RecordAsync(id,
            new CallRecord(revision, topic, need, answer, knowledgeItemId), User),
            "Карточка сохранена.");

    public Task<IActionResult> OnPostTransferAsync(int id, int revision, int? toEmployeeId, string? reason) =>
        ActAsync(id, () => hotline.TransferAsync(id, revision, toEmployeeId, reason, User),
            "Переключение записано. Предупредите клиента и сотрудника.");

    public Task<IActionResult> OnPostCallbackAsync(int id, int revision, string? phone, int? departmentId,
        string? question, DateOnly? promisedOn, string? windows, string? surveyResolved, string? surveyRating) =>
        ActAsync(id, async () =>
        {
            var promised = await hotline.PromiseCallbackAsync(id, new CallbackPromise(revision, phone, departmentId,
                question, promisedOn, windows, Empty(surveyResolved), Empty(surveyRating)), User);
            return promised.IsSuccess ? Call : promised.Error!;
        }, "Обратный звонок обещан, задача передана отделу. Завершите разговор по скрипту.");

    public Task<IActionResult> OnPostFinishAsync(int id, int revision, CallOutcome outcome, int? agencyId,
        string? surveyResolved, string? surveyRating) =>
        ActAsync(id, () => hotline.FinishAsync(id,
            new CallEnd(revision, outcome, agencyId, Empty(surveyResolved), Empty(surveyRating)), User),
            "Звонок завершён.");

    private async Task<IActionResult> ActAsync(int id, Func<Task<Result<HotlineCall>>> act, string done)
    {
        var result = await act();
        if (result.IsSuccess)
        {
            Flash.Put(TempData, done);
            return Redirect($"/hotline/calls/{id}");
        }

        if (result.Error!.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        ModelState.AddError(result.Error);
        db.ChangeTracker.Clear();
        return await LoadAsync(id) ? StatusCodeAndPage(result.Error.Status) : NotFound();
    }

    private PageResult StatusCodeAndPage(int status)
    {
        Response.StatusCode = status == StatusCodes.Status403Forbidden ? status : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var call = await db.HotlineCalls.AsNoTracking().Include(c => c.Transfers).FirstOrDefaultAsync(c => c.Id == id);
        if (call is null || !await access.CanSeeAsync(User, call))
        {
            return false;
        }

        Call = call;
        CanEdit = call.State == CallState.Open && await access.CanEditAsync(User, call);
        Callback = await db.HotlineCallbacks.AsNoTracking().FirstOrDefaultAsync(b => b.CallId == id);
        if (HotlineAccess.SeesAll(User))
        {
            History = await history.ForAsync(call);
            ClientName = call.ClientId is { } client
                ? await db.Clients.Where(c => c.Id == client).Select(c => c.Name).FirstOrDefaultAsync()
                : null;
        }

        Names = await NamesAsync(call);
        Agency = call.AgencyId is { } agency ? await db.Agencies.FindAsync(agency) : null;
        ArticleTitle = call.KnowledgeItemId is { } item
            ? await db.KnowledgeItems.Where(i => i.Id == item).Select(i => i.Title).FirstOrDefaultAsync()
            : null;
        Scripts = await ScriptsAsync();
        if (CanEdit)
        {
            await LoadToolsAsync(call);
        }

        return true;
    }

    private async Task LoadToolsAsync(HotlineCall call)
    {
        Suggestions = await suggestions.ForAsync(call);
        Staff = await db.Employees.AsNoTracking().Include(e => e.Department)
            .Where(e => e.IsActive && e.Phone != null).OrderBy(e => e.LastName).ToListAsync();
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync();
        AgencyList = await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync();
        LatestCallback = hotline.LatestCallbackDay(await calendar.GetAsync(), call.StartedAt);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var query = Q.Length > KnowledgeSearch.MaxQueryLength ? Q[..KnowledgeSearch.MaxQueryLength] : Q;
            Found = await search.SearchAsync(new IndexQuery(query, Limit: 5), remember: true);
        }
    }

    // Greeting and farewell come from the knowledge base (R16), so editors keep them current.
    private async Task<IReadOnlyList<ScriptView>> ScriptsAsync()
    {
        var scripts = await db.KnowledgeItems.AsNoTracking()
            .Where(i => i.Type == MaterialType.Script && !i.IsArchived)
            .OrderBy(i => i.Title).Take(20).Select(i => new { i.Title, i.Body }).ToListAsync();
        return [.. scripts.Select(s => new ScriptView(s.Title, MarkdownText.ToHtml(s.Body)))];
    }

    private async Task<Dictionary<int, string>> NamesAsync(HotlineCall call)
    {
        var ids = call.Transfers.SelectMany(t => new[] { t.FromEmployeeId, t.ToEmployeeId })
            .Append(call.OperatorId).Distinct().ToList();
        var people = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync();
        return people.ToDictionary(e => e.Id, e => e.ShortName);
    }

    public string Local(DateTimeOffset at, string format = "dd.MM.yyyy HH:mm") =>
        TimeZoneInfo.ConvertTime(at, Otklik.Calendar.TimeZones.Find(hours.Value.TimeZone)).ToString(format);

    public string NameOf(int id) => Names.GetValueOrDefault(id, "—");

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
