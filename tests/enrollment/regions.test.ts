import { beforeAll, describe, expect, it } from "vitest";
import { Regions } from "../../src/regions";

let regions: Regions;
beforeAll(async () => {
  regions = await Regions.load();
});

describe("finding a region as people type it", () => {
  it("takes 'kota' or 'kab' as the choice between a city and a regency of the same name", () => {
    const [jateng] = regions.findProvince("jateng");
    expect(jateng!.name).toBe("Jawa Tengah");
    expect(regions.findRegency(jateng!.code, "kota semarang").map((a) => a.name)).toEqual(["Kota Semarang"]);
    expect(regions.findRegency(jateng!.code, "kab semarang").map((a) => a.name)).toEqual(["Kabupaten Semarang"]);
    expect(regions.findRegency(jateng!.code, "semarang").map((a) => a.name).sort()).toEqual(["Kabupaten Semarang", "Kota Semarang"]);
  });

  it("forgives a typo in a district", () => {
    const [jateng] = regions.findProvince("jawa tengah");
    const [city] = regions.findRegency(jateng!.code, "kota semarang");
    expect(regions.findDistrict(city!.code, "tembalng").map((a) => a.name)).toContain("Tembalang");
  });
});
