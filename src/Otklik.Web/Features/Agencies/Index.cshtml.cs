using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Agencies;

public sealed class IndexModel(OtklikDbContext db, AgencyDirectory directory) : PageModel
{
    public IReadOnlyList<Agency> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(
        int? id, string? name, string? address, string? email, string? phone, string? handles, bool isActive)
    {
        var result = await directory.SaveAsync(id, new AgencyInput(name, address, email, phone, handles, isActive),
            User);
        if (!result.IsSuccess)
        {
            if (result.Error!.Status == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            ModelState.AddError(result.Error);
            await OnGetAsync();
            return Page();
        }

        Flash.Put(TempData, $"Сохранено: {result.Value!.Name}.");
        return Redirect("/agencies");
    }
}
