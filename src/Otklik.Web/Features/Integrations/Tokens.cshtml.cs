using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Integrations;

[Authorize(Policy = Policies.Administrator)]
public sealed class TokensModel(OtklikDbContext db, ApiTokenService tokens, TimeProvider time) : PageModel
{
    private const string IssuedKey = "issued-token";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    public string? Issued { get; private set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync()
    {
        Issued = TempData[IssuedKey] as string;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var expires = ExpiresOn is { } d
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MaxValue), TimeSpan.FromHours(3))
            : (DateTimeOffset?)null;
        var result = await tokens.IssueAsync(Name ?? "", Scopes, expires);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await LoadAsync();
            return Page();
        }

        TempData[IssuedKey] = result.Value!.Token;
        Flash.Put(TempData, "Токен выпущен.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var result = await tokens.RevokeAsync(id, null);
        Flash.Put(TempData, result.IsSuccess ? "Токен отозван." : result.Error!.Message);
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Tokens = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.Id).ToListAsync();
}
