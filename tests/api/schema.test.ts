import { readFile } from "node:fs/promises";
import { printSchemaFile, SCHEMA_FILE, schema } from "@readout/api";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";

describe("the shared schema", () => {
  it("is committed exactly as the API prints it", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(printSchemaFile());
  });

  it("describes every public type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("exposes the root connections with totalCount", () => {
    const query = schema.getQueryType();
    for (const name of ["outlets", "articles", "participants", "events", "agreements"]) {
      const field = query?.getFields()[name];
      expect(field?.args.map((arg) => arg.name)).toEqual(expect.arrayContaining(["first", "after"]));
      const connection = schema.getType(String(field?.type).replace("!", ""));
      expect(isObjectType(connection) && Object.keys(connection.getFields())).toEqual(
        expect.arrayContaining(["edges", "pageInfo", "totalCount"]),
      );
    }
  });
});
