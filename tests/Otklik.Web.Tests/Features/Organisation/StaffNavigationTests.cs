using System.Security.Claims;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Tests.Features.Organisation;

public sealed class StaffNavigationTests
{
    [Fact]
    public void For_Administrator_IncludesAuditRolesAndIntegrations()
    {
        var hrefs = StaffNavigation.For(User(StaffRoles.Administrator)).Select(i => i.Href).ToList();

        Assert.Contains("/audit", hrefs);
        Assert.Contains("/organisation/roles", hrefs);
        Assert.Contains("/integrations/tokens", hrefs);
    }

    [Theory]
    [InlineData(StaffRoles.Operator)]
    [InlineData(StaffRoles.Executor)]
    [InlineData(StaffRoles.DepartmentHead)]
    [InlineData(StaffRoles.Leadership)]
    public void For_NonAdministrator_HidesAdministration(string role)
    {
        var hrefs = StaffNavigation.For(User(role)).Select(i => i.Href).ToList();

        Assert.Contains("/organisation/employees", hrefs);
        Assert.DoesNotContain("/audit", hrefs);
        Assert.DoesNotContain("/integrations/tokens", hrefs);
    }

    [Fact]
    public void SplitList_CommasSemicolonsAndLines_TrimsAndDropsDuplicates()
    {
        var items = InputRules.SplitList(" пособия, выплаты;\nПособия\n\n субсидии ");

        Assert.Equal(["пособия", "выплаты", "субсидии"], items);
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
}
