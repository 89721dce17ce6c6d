using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Portal;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Reception;

// The citizen chooses whom to see and when (R30, R32.1), and reads how to get there and what to bring (R32.3,
// R34–37) before he books.
public sealed class IndexModel(
    OtklikDbContext db, TimeProvider time, IOptions<WorkingHoursOptions> hours, IOptions<MinistryOptions> ministry)
    : PageModel
{
    public IReadOnlyList<HostSchedule> Hosts { get; private set; } = [];

    public MinistryOptions Ministry => ministry.Value;

    public async Task OnGetAsync() =>
        Hosts = await ReceptionSchedule.FreeAsync(db, time.GetUtcNow(), TimeZones.Find(hours.Value.TimeZone));
}
