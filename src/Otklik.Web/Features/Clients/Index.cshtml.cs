using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Clients;

// The registry's search for a client by name, e-mail or phone.
public sealed class IndexModel(OtklikDbContext db, ClientService clients) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Client> Rows { get; private set; } = [];

    public bool IsRegistry { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        IsRegistry = await clients.IsRegistryAsync(User);
        if (!IsRegistry || string.IsNullOrWhiteSpace(Q))
        {
            return Page();
        }

        var key = Client.KeyOf(Q);
        var digits = new string(Q.Where(char.IsDigit).ToArray());
        var email = Q.Trim().ToLowerInvariant();
        Rows = await db.Clients.AsNoTracking()
            .Where(c => c.MergedIntoId == null
                && (c.NameKey.StartsWith(key) || c.Email == email || (digits.Length >= 5 && c.Phone!.EndsWith(digits))))
            .OrderBy(c => c.NameKey).Take(100).ToListAsync();
        return Page();
    }
}
