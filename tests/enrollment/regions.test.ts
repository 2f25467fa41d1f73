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

  it("asked for a province, takes a regency or city instead, in one province only", () => {
    const names = (text: string) => regions.findProvinceOrRegency(text).map((a) => a.name).sort();
    expect(names("makassar")).toEqual(["Kota Makassar"]);
    expect(names("makasar")).toEqual(["Kota Makassar"]); // a typo in a city's name
    expect(names("bogor")).toEqual(["Kabupaten Bogor", "Kota Bogor"]); // not a typo of Gorontalo
    expect(names("kota semarang")).toEqual(["Kota Semarang"]);
    expect(names("sulsel")).toEqual(["Sulawesi Selatan"]);
    expect(names("jawa tengah")).toEqual(["Jawa Tengah"]);
    expect(names("soe")).toEqual([]); // a town, too short to guess at
    const [makassar] = regions.findProvinceOrRegency("makassar");
    const { province, regency } = regions.provinceAndRegency(makassar!);
    expect([province.name, regency?.name]).toEqual(["Sulawesi Selatan", "Kota Makassar"]);
  });
});
