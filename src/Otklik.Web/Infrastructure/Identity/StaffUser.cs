using Microsoft.AspNetCore.Identity;

namespace Otklik.Web.Infrastructure.Identity;

public sealed class StaffUser : IdentityUser
{
    public int? EmployeeId { get; set; }

    public required string DisplayName { get; set; }

    // Set for the bootstrap administrator and for accounts created by an administrator.
    public bool MustChangePassword { get; set; }
}
