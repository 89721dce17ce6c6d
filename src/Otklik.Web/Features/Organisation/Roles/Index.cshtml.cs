using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Organisation.Roles;

public sealed record RoleMember(string Name, string Login, int? EmployeeId);

public sealed record RoleView(string Name, IReadOnlyList<RoleMember> Members);

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(UserManager<StaffUser> users) : PageModel
{
    public IReadOnlyList<RoleView> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var views = new List<RoleView>();
        foreach (var role in StaffRoles.All)
        {
            var members = await users.GetUsersInRoleAsync(role);
            views.Add(new RoleView(role, members
                .OrderBy(u => u.DisplayName)
                .Select(u => new RoleMember(u.DisplayName, u.UserName ?? "", u.EmployeeId))
                .ToList()));
        }

        Roles = views;
    }
}
