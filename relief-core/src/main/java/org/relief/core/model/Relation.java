package org.relief.core.model;

/** 与户主关系. */
public enum Relation implements Coded {
    /** 户主. */
    HEAD("head", "户主"),
    /** 配偶. */
    SPOUSE("spouse", "配偶"),
    /** 子女. */
    CHILD("child", "子女"),
    /** 父母. */
    PARENT("parent", "父母"),
    /** 祖父母/外祖父母. */
    GRANDPARENT("grandparent", "祖父母/外祖父母"),
    /** 孙子女/外孙子女. */
    GRANDCHILD("grandchild", "孙子女/外孙子女"),
    /** 兄弟姐妹. */
    SIBLING("sibling", "兄弟姐妹"),
    /** 其他. */
    OTHER("other", "其他");

    private final String code;
    private final String zh;

    Relation(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    @Override
    public String code() {
        return code;
    }

    /** zh-CN label. */
    public String zh() {
        return zh;
    }

    /** Parses a code, naming {@code field} in the error. */
    public static Relation parse(String code, String field) {
        return Coded.parse(Relation.class, code, field);
    }
}
