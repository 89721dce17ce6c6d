using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Otklik.Web.Features.Shared;

// A one-time message shown after Post/Redirect/Get.
public static class Flash
{
    private const string Key = "flash";

    public static void Put(ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? Take(ITempDataDictionary tempData) => tempData[Key] as string;
}
