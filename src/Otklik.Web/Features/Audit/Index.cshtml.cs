using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Audit;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(OtklikDbContext db) : PageModel
{
    private const int PageSize = 50;
    private static readonly TimeZoneInfo Moscow = Otklik.Calendar.TimeZones.Find("Europe/Moscow");

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public bool HasMore { get; private set; }

    public int Skip => (Math.Max(PageNumber, 1) - 1) * PageSize;

    public static string EntityTitle(string type) => type switch
    {
        nameof(Department) => "Отдел",
        nameof(Employee) => "Сотрудник",
        "ApiToken" => "Токен API",
        "CalendarYear" => "Год календаря",
        "Appeal" => "Обращение",
        "CalendarDay" => "День календаря",
        _ => type,
    };

    public string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Moscow).ToString("dd.MM.yyyy HH:mm:ss");

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["entity"] = Entity,
            ["entityId"] = EntityId,
            ["actor"] = ActorFilter,
            ["p"] = page.ToString(),
        }).ToUriComponent();

    public async Task OnGetAsync()
    {
        EntityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(a => a.EntityType == Entity);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            query = query.Where(a => a.EntityId == EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(ActorFilter))
        {
            query = query.Where(a => a.ActorName.Contains(ActorFilter.Trim()));
        }

        var page = await query.OrderByDescending(a => a.Id).Skip(Skip).Take(PageSize + 1).ToListAsync();
        HasMore = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }
}
