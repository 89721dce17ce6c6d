using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Audit;

namespace Otklik.Web.Infrastructure.Identity;

public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePasswordClaim = "otklik:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OtklikClaims.DisplayName, user.DisplayName));

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (user.EmployeeId is { } employeeId)
        {
            identity.AddClaim(new Claim(
                OtklikClaims.EmployeeId, employeeId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
