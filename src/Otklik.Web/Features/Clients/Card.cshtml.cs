using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Clients;

public sealed class CardModel(
    OtklikDbContext db, ClientService clients, ClientHistory history, AppealAccess access, TimeProvider time,
    IOptions<WorkingHoursOptions> hours) : PageModel
{
    public Client Client { get; private set; } = null!;

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public HashSet<int> Openable { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();

    public bool IsRegistry { get; private set; }

    public IReadOnlyList<Client> Duplicates { get; private set; } = [];

    [BindProperty]
    public List<string> Facts { get; set; } = [];

    [BindProperty]
    public string? AccessibilityNeeds { get; set; }

    [BindProperty]
    public int? DuplicateId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) is { } redirect
        ? redirect
        : Client is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostProfileAsync(int id)
    {
        var result = await clients.UpdateProfileAsync(User, id, new ProfileUpdate(Facts, AccessibilityNeeds));
        return await AfterAsync(id, result.Error, "Профиль клиента сохранён.");
    }

    public async Task<IActionResult> OnPostMergeAsync(int id)
    {
        var result = await clients.MergeAsync(User, id, DuplicateId ?? 0, Reason);
        return await AfterAsync(id, result.Error, "Карточки объединены.");
    }

    private async Task<IActionResult> AfterAsync(int id, Infrastructure.Errors.Error? error, string done)
    {
        if (error is null)
        {
            Flash.Put(TempData, done);
            return Redirect($"/clients/{id}");
        }

        if (await LoadAsync(id) is { } redirect || Client is null)
        {
            return NotFound();
        }

        ModelState.AddError(error);
        Response.StatusCode = error.Status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (client is null || !await clients.CanSeeAsync(User, id))
        {
            return null;
        }

        if (client.MergedIntoId is { } kept)
        {
            return Redirect($"/clients/{kept}");
        }

        Client = client;
        Facts = client.ProfileFacts;
        AccessibilityNeeds = client.AccessibilityNeeds;
        IsRegistry = await clients.IsRegistryAsync(User);
        History = await history.ForAsync(id, TimeZones.Today(time, hours.Value.TimeZone));
        var (appeals, view) = await access.VisibleAsync(User);
        var ids = History.Select(h => h.Id).ToList();
        Openable = view == AppealView.Full
            ? [.. await appeals.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync()]
            : [];
        Departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        Duplicates = IsRegistry ? await clients.DuplicatesAsync(client) : [];
        return null;
    }
}
