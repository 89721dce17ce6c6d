using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// Clarifying an appeal with its writer (R9): contacts made, calls planned within working hours.
public sealed class ContactsModel(
    OtklikDbContext db, AppealAccess access, ClientContacts contacts, IOptions<WorkingHoursOptions> hours)
    : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Appeal Appeal { get; private set; } = null!;

    public IReadOnlyList<ClientContact> Rows { get; private set; } = [];

    public bool CanLog { get; private set; }

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).ToString("dd.MM.yyyy HH:mm");

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(
        string? channel, string? outcome, DateOnly? date, TimeOnly? time, string? note, bool planned)
    {
        var result = await contacts.AddAsync(Id, new ContactInput(channel, outcome, date, time, note, planned), User);
        if (result.IsSuccess)
        {
            Flash.Put(TempData, planned ? "Звонок запланирован." : "Контакт записан.");
            return Redirect($"/appeals/{Id}/contacts");
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        ModelState.AddError(result.Error!);
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var appeal = await db.Appeals.AsNoTracking().Include(a => a.Client).Include(a => a.CoExecutors)
            .FirstOrDefaultAsync(a => a.Id == Id);
        var actor = appeal is null ? null : await access.ActorAsync(User, appeal);
        if (appeal is null || actor is not { CanSee: true })
        {
            return false;
        }

        Appeal = appeal;
        CanLog = actor.IsHead || actor.IsExecutor;
        Rows = await db.ClientContacts.AsNoTracking().Where(c => c.AppealId == Id).OrderBy(c => c.At).ToListAsync();
        return true;
    }
}
