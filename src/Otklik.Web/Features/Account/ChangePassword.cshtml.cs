using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Account;

public sealed class ChangePasswordModel(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, OtklikDbContext db) : PageModel
{
    public bool Required { get; private set; }

    public async Task OnGetAsync() => Required = (await users.GetUserAsync(User))?.MustChangePassword == true;

    public async Task<IActionResult> OnPostAsync(string? current, string? @new, string? repeat)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Required = user.MustChangePassword;
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(@new) || @new != repeat)
        {
            ModelState.AddModelError(string.Empty,
                "Заполните все поля; " +
                "новый пароль нужно ввести дважды одинаково.");
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, current, @new);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        audit.Record("account.password_changed", "Employee", user.EmployeeId ?? 0);
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);

        Flash.Put(TempData, "Пароль изменён.");
        return LocalRedirect("/staff");
    }
}
